//! Small builders shared by the migrations, so every table reads as a list of columns.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema;

/// `id` integer primary key, auto-incremented.
pub fn id() -> ColumnDef {
    schema::pk_auto("id")
}

/// A required foreign-key column (integer).
pub fn fk(name: &'static str) -> ColumnDef {
    schema::integer(name)
}

/// An optional foreign-key column (integer).
pub fn fk_null(name: &'static str) -> ColumnDef {
    schema::integer_null(name)
}

/// A required exact decimal: BIGINT holding value × 10⁴.
pub fn fixed(name: &'static str) -> ColumnDef {
    schema::big_integer(name)
}

/// An optional exact decimal: BIGINT holding value × 10⁴.
pub fn fixed_null(name: &'static str) -> ColumnDef {
    schema::big_integer_null(name)
}

/// Optimistic-concurrency version, starting at 1.
pub fn version() -> ColumnDef {
    schema::integer("version").default(1).take()
}

/// A text column restricted to a closed list of values.
pub fn one_of(name: &'static str, values: &[&str]) -> ColumnDef {
    schema::string(name)
        .check(Expr::col(name).is_in(values.iter().map(|v| String::from(*v))))
        .take()
}

/// Provenance of a seeded or entered row: `verified`, `verified-2nd`, `illustrative`, `entered`…
pub fn provenance() -> ColumnDef {
    schema::string("provenance").default("entered").take()
}

/// Source URL(s) behind a row's provenance.
pub fn source() -> ColumnDef {
    schema::text("source").default("").take()
}

/// `created_at` and `updated_at` (UTC).
pub fn stamps(t: &mut TableCreateStatement) -> &mut TableCreateStatement {
    t.col(schema::timestamp_with_time_zone("created_at"))
        .col(schema::timestamp_with_time_zone("updated_at"))
}

/// A foreign key `from_tbl.col -> to_tbl.id`.
pub fn fkey(
    from_tbl: &'static str,
    col: &'static str,
    to_tbl: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_tbl}_{col}"))
        .from(from_tbl, col)
        .to(to_tbl, "id")
        .on_delete(on_delete)
        .to_owned()
}

/// An index on `cols`, unique or not.
pub fn index(tbl: &'static str, cols: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(format!("{}_{tbl}_{}", if unique { "ux" } else { "ix" }, cols.join("_")))
        .table(tbl);
    for c in cols {
        i.col(*c);
    }
    if unique {
        i.unique();
    }
    i.to_owned()
}

/// Creates a table and then its indexes.
pub async fn create(
    m: &SchemaManager<'_>,
    table: TableCreateStatement,
    indexes: Vec<IndexCreateStatement>,
) -> Result<(), DbErr> {
    m.create_table(table).await?;
    for i in indexes {
        m.create_index(i).await?;
    }
    Ok(())
}

/// Drops tables in the order given.
pub async fn drop_all(m: &SchemaManager<'_>, tables: &[&'static str]) -> Result<(), DbErr> {
    for t in tables {
        m.drop_table(Table::drop().table(*t).to_owned()).await?;
    }
    Ok(())
}

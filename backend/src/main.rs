#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL").unwrap_or(stratrack::db::DEFAULT_DATABASE_URL.into());
    let db = stratrack::db::connect(&url).await?;
    stratrack::db::migrate(&db).await?;
    Ok(())
}

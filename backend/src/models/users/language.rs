//! The interface language a user chose: stored on the user, read with the session on every request
//! ([`crate::auth::Actor::language`]), so their pages follow it on any browser.

use crate::auth::Actor;
use crate::entities::users;
use crate::error::{AppError, AppResult};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use stratrack_i18n::Lang;

/// The language a submitted code names: one of the six codes; anything else is refused naming the field
/// and the codes it accepts.
pub fn parse(code: &str) -> AppResult<Lang> {
    Lang::parse(code).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        AppError::field("language", crate::error::Said::one_of(&codes))
    })
}

/// Sets the actor's own interface language (`None`: no preference, the browser decides). Anyone logged
/// in may set theirs, and only theirs; the choice is not audited (it changes nothing anyone else sees).
pub async fn set_language(db: &impl ConnectionTrait, actor: &Actor, language: Option<Lang>) -> AppResult<()> {
    users::Entity::update_many()
        .col_expr(
            users::Column::Language,
            Expr::value(language.map(|l| l.code().to_owned())),
        )
        .filter(users::Column::Id.eq(actor.id))
        .exec(db)
        .await?;
    tracing::info!(user.id = actor.id, language = ?language.map(Lang::code), "Interface language set.");
    Ok(())
}

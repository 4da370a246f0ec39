//! The main read routes on the seed, as insta JSON snapshots (`snapshots/{route}.snap`): a change in
//! what a reader is shown shows up as a diff to review (`cargo insta review`), not as a silently
//! passing test. Ids, versions and instants are redacted ([`crate::helpers::snapshot::redacted`]); both
//! backends compare with the same snapshot, so they must also answer alike.

use crate::helpers::snapshot::redacted;

/// One test per route and backend: `$name::sqlite`, `$name::postgres`, both against `$name.snap`.
macro_rules! read_route_snapshot {
    ($name:ident, $path:expr) => {
        $crate::both_backends! {
            async fn $name(backend: Backend) {
                let Some(app) = TestApp::seeded(backend).await else { return };
                let answer = app.as_(&app.tokens.reviewer).get($path).await;
                let body = answer.expect(axum::http::StatusCode::OK);
                insta::with_settings!({prepend_module_to_snapshot => false, omit_expression => true}, {
                    insta::assert_json_snapshot!(stringify!($name), redacted(&body));
                });
            }
        }
    };
}

read_route_snapshot!(plans, "/api/v1/plans");
read_route_snapshot!(plan, "/api/v1/plans/SP2028-2031");
read_route_snapshot!(tree, "/api/v1/plans/SP2028-2031/tree");
read_route_snapshot!(status, "/api/v1/plans/SP2028-2031/status");
read_route_snapshot!(indicators, "/api/v1/plans/SP2028-2031/indicators");
read_route_snapshot!(indicator, "/api/v1/plans/SP2024-2027/indicators/KPI-G1.1");
read_route_snapshot!(rollup, "/api/v1/plans/SP2028-2031/nodes/G1/rollup");
read_route_snapshot!(periods, "/api/v1/plans/SP2028-2031/periods");
read_route_snapshot!(risks, "/api/v1/plans/SP2028-2031/risks");
read_route_snapshot!(finance_cost, "/api/v1/plans/SP2028-2031/finance/cost?year=2028");
read_route_snapshot!(
    finance_reconciliation,
    "/api/v1/plans/SP2028-2031/finance/reconciliation"
);
read_route_snapshot!(measurements, "/api/v1/measurements?plan=SP2024-2027&per_page=20");
read_route_snapshot!(dimensions, "/api/v1/dimensions");
read_route_snapshot!(
    compare,
    "/api/v1/plans/SP2028-2031/compare?a=2028&b=2029&goal=G2&per_page=3"
);

"""Uses the Python client generated from stratrack's OpenAPI document against a running, seeded server,
as an integrator would: the public routes without credentials, then with an API token list the plans,
read the framework tree and one node, and create a draft value. Every answer is read into the generated
models, so a field the document promises and the server leaves out (or the reverse, in type) fails here.

Usage: use_client.py CLIENT_DIR BASE_URL EMAIL PASSWORD TOKEN
"""

import sys

client_dir, base_url, email, password, token = sys.argv[1:6]
sys.path.insert(0, client_dir)

from stratrack_api_client import AuthenticatedClient, Client  # noqa: E402
from stratrack_api_client.api.auth import login, whoami  # noqa: E402
from stratrack_api_client.api.health import healthz  # noqa: E402
from stratrack_api_client.api.measurements import create_measurement  # noqa: E402
from stratrack_api_client.api.nodes import get_node  # noqa: E402
from stratrack_api_client.api.plans import get_plan_tree, list_plans  # noqa: E402
from stratrack_api_client.models import (  # noqa: E402
    CreateMeasurement,
    Login,
    Me,
    MeasurementView,
    NodeDetail,
    PlanList,
    Problem,
    TreeView,
)


def expect(answer, status, model, what):
    """The parsed body of `answer`, after checking its status and its type."""
    if answer.status_code != status or not isinstance(answer.parsed, model):
        sys.exit(f"FAIL: {what}: {answer.status_code}, {answer.parsed!r}: {answer.content[:500]!r}")
    return answer.parsed


# Public routes: no credentials.
anonymous = Client(base_url=base_url, raise_on_unexpected_status=True)
health = healthz.sync_detailed(client=anonymous)
if health.status_code != 200 or health.parsed.status != "ok":
    sys.exit(f"FAIL: /healthz: {health.status_code} {health.content!r}")
me = expect(login.sync_detailed(client=anonymous, body=Login(email=email, password=password)), 200, Me, "log in")
print(f"logged in without credentials as {me.email} ({me.role})")
wrong = login.sync_detailed(client=anonymous, body=Login(email=email, password=password + "x"))
expect(wrong, 401, Problem, "log in with a wrong password")

# Everything else with the API token.
api = AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True)
expect(whoami.sync_detailed(client=api), 200, Me, "who am I")

plans = expect(list_plans.sync_detailed(client=api), 200, PlanList, "list the plans")
if not plans.items:
    sys.exit("FAIL: the seeded server lists no plan")
plan = plans.items[0]
print(f"{plans.total} plan(s); reading {plan.code} ({plan.start_year}-{plan.end_year})")

tree = expect(get_plan_tree.sync_detailed(plan.code, client=api, year=plan.start_year), 200, TreeView, "the tree")


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n.children)


nodes = list(walk(tree.nodes))
with_indicator = next((n for n in nodes if any(i.unit != "ratio" for i in n.indicators)), None)
if with_indicator is None:
    sys.exit("FAIL: no node of the tree has an indicator")
print(f"tree of {len(nodes)} nodes; reading node {with_indicator.code}")

node = expect(
    get_node.sync_detailed(plan.code, with_indicator.code, client=api, year=plan.start_year),
    200,
    NodeDetail,
    f"node {with_indicator.code}",
)
indicator = next(i for i in node.indicators if i.unit != "ratio")
print(f"node {node.code} ({node.level}): {len(node.indicators)} indicator(s), {len(node.children)} child(ren)")

# A draft value in a year that has none yet: the latest year first (the seed's sample values are early).
refusals = []
for year in range(plan.end_year, plan.start_year - 1, -1):
    body = CreateMeasurement(plan_code=plan.code, indicator_code=indicator.code, year=year, value="1")
    answer = create_measurement.sync_detailed(client=api, body=body)
    if answer.status_code == 201:
        value = expect(answer, 201, MeasurementView, "create a draft value")
        if value.state != "draft":
            sys.exit(f"FAIL: the new value is {value.state}, not a draft")
        print(f"created draft value {value.id} of {value.indicator_code} for {value.year}: {value.value}")
        break
    refusals.append(f"{year}: {answer.status_code} {answer.content[:300]!r}")
else:
    sys.exit("FAIL: no draft value could be created: " + "; ".join(refusals))

print("OK: the generated client listed the plans, read the tree and a node, and created a draft value")

"""The life of a score set through the generated Python client only (no raw HTTP).

user -> experiment -> score set -> CSV and JSON uploads -> publish -> a superseding version ->
searches in both lineage modes -> an idempotent retry -> a stale If-Match as a typed 412 -> a draft
deleted. Run by clients/run-test with the generated package on PYTHONPATH:

    python3 client_flow_test.py <base url> <admin key>
"""
import sys
import uuid

from mave_registry_client import ApiClient, Configuration
from mave_registry_client.api.experiments_api import ExperimentsApi
from mave_registry_client.api.score_sets_api import ScoreSetsApi
from mave_registry_client.api.users_api import UsersApi
from mave_registry_client.api.variants_api import VariantsApi
from mave_registry_client.exceptions import ApiException, NotFoundException
from mave_registry_client.models import (ExperimentCreate, License, LineageMode, MetadataPatch, Problem, ScoreSetCreate,
                                         ScoreSetSearch, TargetCategory, TargetGeneCreate, UserCreate, VariantInput,
                                         VariantsUpload)

URL, ADMIN_KEY = sys.argv[1], sys.argv[2]
# variants of an accession target are qualified with it (API.md §5)
CSV = ("hgvs_nt,hgvs_pro,score,se\nNM_007294.4:c.1A>G,NM_007294.4:p.Met1Val,0.5,0.1\n"
       "NM_007294.4:c.2T>C,NM_007294.4:p.Met1Thr,-1.25,NA\n")


def client(api_key):
    return ApiClient(Configuration(host=URL, api_key={"ApiKey": api_key}))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def new_draft(score_sets, experiment_urn, tag, supersedes=None):
    return score_sets.create_score_set(ScoreSetCreate(
        experiment_urn=experiment_urn, title=f"{tag} {'v2' if supersedes else 'v1'}", short_description="Scores",
        superseded_score_set_urn=supersedes, license=License("CC-BY-4.0"),
        target_genes=[TargetGeneCreate(name=tag, category=TargetCategory.PROTEIN_CODING, organism="Homo sapiens",
                                       accession="NM_007294.4")]))


def main():
    tag = "PY" + uuid.uuid4().hex[:8]
    user = UsersApi(client(ADMIN_KEY)).create_user(
        UserCreate(username="py-" + tag.lower(), display_name="Python client"), idempotency_key="user-" + tag)
    me = client(user.api_key)
    experiments, score_sets, variants = ExperimentsApi(me), ScoreSetsApi(me), VariantsApi(me)

    experiment = experiments.create_experiment(ExperimentCreate(title="Python " + tag, short_description="Generated"))
    check(experiment.published_date is None and experiment.experiment_set_urn is None, "a draft has no dates or set")

    # v1: the MaveDB scores file as CSV; an NA cell comes back as None
    first = new_draft(score_sets, experiment.urn, tag)
    check(variants.upload_scores_csv(first.urn, CSV).num_variants == 2, "CSV upload")
    page = variants.list_score_set_variants(first.urn)
    check(page.variants[1].data == {"se": None}, f"NA reads back as None: {page.variants[1].data}")
    scores = bytes(variants.download_scores(first.urn)).decode()
    check(scores.startswith("accession,hgvs_nt,hgvs_splice,hgvs_pro,score,se\n" + first.urn + "#1,NM_007294.4:c.1A>G,NA,"),
          f"the scores download: {scores!r}")

    # publish, retried under one key: the retry is a replay
    published = score_sets.publish_score_set_with_http_info(first.urn, idempotency_key="publish-" + tag)
    replay = score_sets.publish_score_set_with_http_info(first.urn, idempotency_key="publish-" + tag)
    check(replay.data.urn == published.data.urn, "the replay answers the same score set")
    check(replay.headers.get("Idempotent-Replayed") == "true", f"replayed: {replay.headers}")
    first = published.data

    # v2 supersedes v1: variants as JSON
    second = new_draft(score_sets, experiment.urn, tag, supersedes=first.urn)
    uploaded = variants.upload_variants(second.urn, VariantsUpload(variants=[
        VariantInput(hgvs_nt="NM_007294.4:c.1A>G", hgvs_pro="NM_007294.4:p.Met1Val", score=0.75, data={"se": None}),
        VariantInput(hgvs_nt="NM_007294.4:c.1A>C", hgvs_pro="NM_007294.4:p.Met1Leu", score=None)]))
    check(uploaded.num_variants == 2, "JSON upload")
    second = score_sets.publish_score_set(second.urn)
    check(second.superseded_score_set_urn == first.urn, "v2 supersedes v1")

    by_target = ScoreSetSearch(targets=[tag])
    collapsed = score_sets.search_score_sets(lineage=LineageMode.COLLAPSED, score_set_search=by_target)
    check([s.urn for s in collapsed.score_sets] == [second.urn], "collapsed: the head only")
    expanded = score_sets.search_score_sets(lineage=LineageMode.EXPANDED, score_set_search=by_target)
    check([s.urn for s in expanded.score_sets] == [second.urn, first.urn], "expanded: the whole chain")
    check(score_sets.search_score_sets().num_score_sets >= 1, "a search without a body")

    # a stale If-Match is a typed 412 carrying the Problem
    try:
        score_sets.update_score_set(second.urn, MetadataPatch(title="Renamed"), if_match='"1"')
        raise AssertionError("a stale If-Match must fail")
    except ApiException as e:
        check(e.status == 412 and isinstance(e.data, Problem) and e.data.status == 412, f"412 Problem: {e}")
    renamed = score_sets.update_score_set(second.urn, MetadataPatch(title="Renamed", abstract_text=None),
                                          if_match=f'"{second.version}"')
    check(renamed.title == "Renamed" and renamed.abstract_text is None, "PATCH with the current ETag")

    # a draft is deleted, and then it does not exist
    draft = new_draft(score_sets, experiment.urn, tag + "-draft")
    score_sets.delete_score_set(draft.urn)
    try:
        score_sets.get_score_set(draft.urn)
        raise AssertionError("a deleted draft must be gone")
    except NotFoundException as e:
        check(isinstance(e.data, Problem) and e.data.status == 404, f"404 Problem: {e}")
    print("python client: flow passed for", tag)


if __name__ == "__main__":
    main()

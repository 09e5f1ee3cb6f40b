// The life of a score set through the generated TypeScript (typescript-fetch) client only, no raw HTTP:
// user -> experiment -> score set -> CSV and JSON uploads -> publish -> a superseding version -> searches in
// both lineage modes -> an idempotent retry -> a stale If-Match as a typed 412 -> a draft deleted.
// Compiled with `tsc --strict` and run with node by clients/run-test: node client-flow-test.js <url> <admin key>
import {
    Configuration, ExperimentsApi, License, LineageMode, Problem, ProblemFromJSON, ResponseError, ScoreSet, ScoreSetsApi,
    TargetCategory, UsersApi, VariantsApi,
} from '../target/typescript';

const [url, adminKey] = process.argv.slice(2);
// variants of an accession target are qualified with it (API.md §5)
const csv = 'hgvs_nt,hgvs_pro,score,se\nNM_007294.4:c.1A>G,NM_007294.4:p.Met1Val,0.5,0.1\n'
    + 'NM_007294.4:c.2T>C,NM_007294.4:p.Met1Thr,-1.25,NA\n';

function as(apiKey: string): Configuration {
    return new Configuration({ basePath: url, apiKey });
}

function check(condition: boolean, message: string): void {
    if (!condition) {
        throw new Error(message);
    }
}

async function problemOf(call: () => Promise<unknown>): Promise<Problem> {
    try {
        await call();
    } catch (e) {
        if (e instanceof ResponseError) {
            return ProblemFromJSON(await e.response.json());
        }
        throw e;
    }
    throw new Error('expected an error response');
}

function newDraft(scoreSets: ScoreSetsApi, experimentUrn: string, tag: string, supersedes?: string): Promise<ScoreSet> {
    return scoreSets.createScoreSet({
        scoreSetCreate: {
            experimentUrn, title: `${tag} ${supersedes ? 'v2' : 'v1'}`, shortDescription: 'Scores',
            supersededScoreSetUrn: supersedes, license: License.CcBy40,
            targetGenes: [{ name: tag, category: TargetCategory.ProteinCoding, organism: 'Homo sapiens', accession: 'NM_007294.4' }],
        },
    });
}

async function main(): Promise<void> {
    const tag = 'TS' + Math.random().toString(16).slice(2, 10);
    const user = await new UsersApi(as(adminKey)).createUser({
        userCreate: { username: 'ts-' + tag.toLowerCase(), displayName: 'TypeScript client' }, idempotencyKey: 'user-' + tag,
    });
    const me = as(user.apiKey!);
    const experiments = new ExperimentsApi(me);
    const scoreSets = new ScoreSetsApi(me);
    const variants = new VariantsApi(me);

    const experiment = await experiments.createExperiment({ experimentCreate: { title: 'TypeScript ' + tag, shortDescription: 'Generated' } });
    check(experiment.publishedDate === null && experiment.experimentSetUrn === null, 'a draft has no dates or set');

    // v1: the MaveDB scores file as CSV; an NA cell comes back as null
    let first = await newDraft(scoreSets, experiment.urn, tag);
    check((await variants.uploadScoresCsv({ urn: first.urn, body: csv })).numVariants === 2, 'CSV upload');
    const page = await variants.listScoreSetVariants({ urn: first.urn });
    check(page.variants[1].data['se'] === null, 'NA reads back as null');
    const scores = await (await variants.downloadScores({ urn: first.urn })).text();
    check(scores.startsWith(`accession,hgvs_nt,hgvs_splice,hgvs_pro,score,se\n${first.urn}#1,NM_007294.4:c.1A>G,NA,`),
        `the scores download: ${scores}`);

    // publish, retried under one key: the retry is a replay
    const published = await scoreSets.publishScoreSetRaw({ urn: first.urn, idempotencyKey: 'publish-' + tag });
    const replay = await scoreSets.publishScoreSetRaw({ urn: first.urn, idempotencyKey: 'publish-' + tag });
    first = await published.value();
    check((await replay.value()).urn === first.urn, 'the replay answers the same score set');
    check(replay.raw.headers.get('Idempotent-Replayed') === 'true', 'Idempotent-Replayed: true');

    // v2 supersedes v1: variants as JSON
    let second = await newDraft(scoreSets, experiment.urn, tag, first.urn);
    const uploaded = await variants.uploadVariants({
        urn: second.urn, variantsUpload: {
            variants: [
                { hgvsNt: 'NM_007294.4:c.1A>G', hgvsPro: 'NM_007294.4:p.Met1Val', score: 0.75, data: { se: null } },
                { hgvsNt: 'NM_007294.4:c.1A>C', hgvsPro: 'NM_007294.4:p.Met1Leu', score: null },
            ],
        },
    });
    check(uploaded.numVariants === 2, 'JSON upload');
    second = await scoreSets.publishScoreSet({ urn: second.urn });
    check(second.supersededScoreSetUrn === first.urn, 'v2 supersedes v1');

    const byTarget = { targets: [tag] };
    const collapsed = await scoreSets.searchScoreSets({ lineage: LineageMode.Collapsed, scoreSetSearch: byTarget });
    check(JSON.stringify(collapsed.scoreSets.map(s => s.urn)) === JSON.stringify([second.urn]), 'collapsed: the head only');
    const expanded = await scoreSets.searchScoreSets({ lineage: LineageMode.Expanded, scoreSetSearch: byTarget });
    check(JSON.stringify(expanded.scoreSets.map(s => s.urn)) === JSON.stringify([second.urn, first.urn]), 'expanded: the chain');
    check((await scoreSets.searchScoreSets()).numScoreSets >= 1, 'a search without a body');

    // a stale If-Match is a 412 carrying the Problem
    const stale = await problemOf(() => scoreSets.updateScoreSet({ urn: second.urn, metadataPatch: { title: 'Renamed' }, ifMatch: '"1"' }));
    check(stale.status === 412, 'a stale If-Match is a 412 Problem');
    const renamed = await scoreSets.updateScoreSet({
        urn: second.urn, metadataPatch: { title: 'Renamed', abstractText: null }, ifMatch: `"${second.version}"`,
    });
    check(renamed.title === 'Renamed' && renamed.abstractText === null, 'PATCH with the current ETag');

    // a draft is deleted, and then it does not exist
    const draft = await newDraft(scoreSets, experiment.urn, tag + '-draft');
    await scoreSets.deleteScoreSet({ urn: draft.urn });
    check((await problemOf(() => scoreSets.getScoreSet({ urn: draft.urn }))).status === 404, 'a deleted draft is gone');
    console.log('typescript client: flow passed for', tag);
}

main().catch(e => {
    console.error(e);
    process.exit(1);
});

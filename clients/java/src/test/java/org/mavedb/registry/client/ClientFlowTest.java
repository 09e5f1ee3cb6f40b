package org.mavedb.registry.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.client.api.ExperimentsApi;
import org.mavedb.registry.client.api.ScoreSetsApi;
import org.mavedb.registry.client.api.UsersApi;
import org.mavedb.registry.client.api.VariantsApi;
import org.mavedb.registry.client.model.Experiment;
import org.mavedb.registry.client.model.ExperimentCreate;
import org.mavedb.registry.client.model.LineageMode;
import org.mavedb.registry.client.model.MetadataPatch;
import org.mavedb.registry.client.model.Problem;
import org.mavedb.registry.client.model.ScoreSet;
import org.mavedb.registry.client.model.License;
import org.mavedb.registry.client.model.ScoreSetCreate;
import org.mavedb.registry.client.model.ScoreSetSearch;
import org.mavedb.registry.client.model.ScoreSetSearchResult;
import org.mavedb.registry.client.model.TargetCategory;
import org.mavedb.registry.client.model.TargetGeneCreate;
import org.mavedb.registry.client.model.UserCreate;
import org.mavedb.registry.client.model.User;
import org.mavedb.registry.client.model.VariantPage;
import org.mavedb.registry.client.model.VariantInput;
import org.mavedb.registry.client.model.VariantSearch;
import org.mavedb.registry.client.model.VariantsUpload;

/**
 * The whole life of a score set through the generated client only: user, experiment, score set,
 * CSV and JSON uploads, publish, a superseding version, searches in both lineage modes, idempotent
 * retries, a stale If-Match (412) and a deleted draft (404), both as problem+json.
 */
class ClientFlowTest {

    private static final String URL = System.getProperty("registry.url", "http://localhost:8080");
    private static final String ADMIN_KEY = System.getProperty("registry.admin-key", "dev-admin-key");
    /** Variants of an accession target are qualified with it (API.md §5). */
    private static final String CSV = "hgvs_nt,hgvs_pro,score\nNM_007294.4:c.1A>G,NM_007294.4:p.Met1Val,0.5\n"
            + "NM_007294.4:c.2T>C,NM_007294.4:p.Met1Thr,-1.25\n";

    private static ApiClient as(String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(URL);
        client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        return client;
    }

    @Test
    void aScoreSetsLifeThroughTheGeneratedClient() throws Exception {
        String tag = "CLI" + UUID.randomUUID().toString().substring(0, 8);
        User user = new UsersApi(as(ADMIN_KEY)).createUser(new UserCreate()
                .username("client-" + tag.toLowerCase()).displayName("Generated client"), "user-" + tag);
        ApiClient me = as(user.getApiKey());
        ExperimentsApi experiments = new ExperimentsApi(me);
        ScoreSetsApi scoreSets = new ScoreSetsApi(me);
        VariantsApi variants = new VariantsApi(me);

        Experiment experiment = experiments.createExperiment(new ExperimentCreate().title("Client " + tag)
                .shortDescription("Made by the generated client"), "experiment-" + tag);
        // an idempotent retry answers the same experiment and creates no second one
        var retried = experiments.createExperimentWithHttpInfo(new ExperimentCreate().title("Client " + tag)
                .shortDescription("Made by the generated client"), "experiment-" + tag);
        assertEquals(experiment.getUrn(), retried.getData().getUrn());
        assertEquals(List.of("true"), retried.getHeaders().get("idempotent-replayed"));

        ScoreSet first = publishNewVersion(scoreSets, variants, experiment.getUrn(), tag, null);
        assertTrue(first.getUrn().startsWith("urn:mavedb:"));
        ScoreSet second = publishNewVersion(scoreSets, variants, experiment.getUrn(), tag, first.getUrn());
        assertEquals(first.getUrn(), second.getSupersededScoreSetUrn());
        assertEquals(second.getUrn(), scoreSets.getScoreSet(first.getUrn()).getSupersedingScoreSetUrn());

        ScoreSetSearch byTarget = new ScoreSetSearch().targets(List.of(tag));
        ScoreSetSearchResult collapsed = scoreSets.searchScoreSets(LineageMode.COLLAPSED, byTarget);
        assertEquals(1L, collapsed.getNumScoreSets());
        assertEquals(second.getUrn(), collapsed.getScoreSets().get(0).getUrn());
        ScoreSetSearchResult expanded = scoreSets.searchScoreSets(LineageMode.EXPANDED, byTarget);
        assertEquals(List.of(second.getUrn(), first.getUrn()), expanded.getScoreSets().stream().map(ScoreSet::getUrn).toList());
        assertEquals(2, scoreSets.getScoreSetLineage(second.getUrn()).getScoreSets().size());

        VariantPage found = variants.searchVariants(LineageMode.COLLAPSED, new VariantSearch().hgvs("NM_007294.4:c.1A>G")
                .scoreSetUrns(List.of(first.getUrn(), second.getUrn())));
        assertEquals(1L, found.getNumVariants());
        assertEquals(second.getUrn() + "#1", found.getVariants().get(0).getUrn());

        // a stale If-Match is a 412 carrying the Problem; the current one applies
        ApiException stale = assertThrows(ApiException.class,
                () -> scoreSets.updateScoreSet(second.getUrn(), new MetadataPatch().title("Renamed"), "\"1\"", null));
        assertEquals(412, problemOf(stale).getStatus());
        ScoreSet renamed = scoreSets.updateScoreSet(second.getUrn(), new MetadataPatch().title("Renamed"),
                "\"" + second.getVersion() + "\"", null);
        assertEquals("Renamed", renamed.getTitle());

        // a deleted draft no longer exists
        ScoreSet draft = newDraft(scoreSets, experiment.getUrn(), tag + "-draft", null);
        scoreSets.deleteScoreSet(draft.getUrn(), null);
        ApiException missing = assertThrows(ApiException.class, () -> scoreSets.getScoreSet(draft.getUrn()));
        assertEquals(404, missing.getCode());
        Problem problem = problemOf(missing);
        assertEquals(404, problem.getStatus());
        assertTrue(problem.getType().endsWith(":not-found"));
        assertTrue(problem.getErrors() == null || problem.getErrors().isEmpty());
    }

    private static Problem problemOf(ApiException e) throws Exception {
        return new ObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static ScoreSet newDraft(ScoreSetsApi scoreSets, String experimentUrn, String tag, String supersedes)
            throws ApiException {
        return scoreSets.createScoreSet(new ScoreSetCreate().experimentUrn(experimentUrn)
                .title(tag + (supersedes == null ? " v1" : " v2")).shortDescription("Scores")
                .supersededScoreSetUrn(supersedes).license(License.fromValue("CC-BY-4.0"))
                .targetGenes(List.of(new TargetGeneCreate().name(tag).category(TargetCategory.PROTEIN_CODING)
                        .organism("Homo sapiens").accession("NM_007294.4"))), null);
    }

    /**
     * Create, upload (v1 as a CSV scores file, v2 as JSON), publish (retried once with its key: the
     * retry replays the first answer).
     */
    private static ScoreSet publishNewVersion(ScoreSetsApi scoreSets, VariantsApi variants, String experimentUrn,
            String tag, String supersedes) throws ApiException, IOException {
        ScoreSet draft = newDraft(scoreSets, experimentUrn, tag, supersedes);
        assertTrue(draft.getPrivate());
        ScoreSet uploaded = supersedes == null
                ? variants.uploadScoresCsv(draft.getUrn(), CSV, null, null)
                : variants.uploadVariants(draft.getUrn(), new VariantsUpload().variants(List.of(
                        new VariantInput().hgvsNt("NM_007294.4:c.1A>G").hgvsPro("NM_007294.4:p.Met1Val").score(0.75),
                        new VariantInput().hgvsNt("NM_007294.4:c.2T>C").hgvsPro("NM_007294.4:p.Met1Thr").score(-1.0))),
                        null, null);
        assertEquals(2, uploaded.getNumVariants());
        assertTrue(Files.readString(variants.downloadScores(draft.getUrn()).toPath()).startsWith("accession,hgvs_nt,hgvs_splice,hgvs_pro,score\n"
                + draft.getUrn() + "#1,NM_007294.4:c.1A>G,NA,NM_007294.4:p.Met1Val,"), "the scores download");
        String key = "publish-" + draft.getUrn();
        ScoreSet published = scoreSets.publishScoreSet(draft.getUrn(), null, key);
        assertEquals(published.getUrn(), scoreSets.publishScoreSet(draft.getUrn(), null, key).getUrn());
        return published;
    }
}

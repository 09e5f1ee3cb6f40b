// Standalone load tool for the no-lost-updates guarantee (API.md §5). Needs only a JDK 17+:
//
//   java load/Race.java [baseUrl] [adminKey] [iterations] [concurrency]
//   (defaults: http://localhost:8080 dev-admin-key 200 8)
//
// Each iteration creates a draft score set, uploads variants, then fires a PATCH of its title,
// a PATCH of its short description, a second variant upload and a publish at the same moment.
// It then reads the score set back and counts an anomaly for every acknowledged (2xx) request
// whose effect is missing, every rejected request whose effect is present, and every 5xx.
// It prints iterations, anomalies and the p50/p99 latency of all write requests, and exits 1
// when any anomaly was seen.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Race {

    record Reply(int status, String body, long nanos) {}

    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final List<Long> LATENCIES = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger ANOMALIES = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        String adminKey = args.length > 1 ? args[1] : "dev-admin-key";
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;

        String username = "race-" + System.nanoTime();
        String key = field(send("POST", "/api/v1/users", adminKey, "application/json",
                "{\"username\":\"" + username + "\",\"displayName\":\"Load race\"}"), "apiKey");
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        ExecutorService racers = Executors.newCachedThreadPool();
        List<Future<?>> loops = new ArrayList<>();
        AtomicInteger remaining = new AtomicInteger(iterations);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            loops.add(workers.submit(() -> {
                String experiment = field(send("POST", "/api/v1/experiments", key, "application/json",
                        "{\"title\":\"Race experiment\",\"shortDescription\":\"load/race\"}"), "urn");
                while (remaining.getAndDecrement() > 0) {
                    experiment = iteration(key, experiment, racers);
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        racers.shutdown();
        List<Long> sorted = new ArrayList<>(LATENCIES);
        Collections.sort(sorted);
        System.out.printf("iterations: %d%nconcurrency: %d%nwrite requests: %d%nanomalies: %d%n"
                        + "p50 latency: %.1f ms%np99 latency: %.1f ms%nwall time: %.1f s%n",
                iterations, concurrency, sorted.size(), ANOMALIES.get(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), seconds);
        System.exit(ANOMALIES.get() == 0 ? 0 : 1);
    }

    /** One create → upload → (PATCH ∥ PATCH ∥ upload ∥ publish) → verify round; returns the experiment urn to reuse. */
    static String iteration(String key, String experiment, ExecutorService racers) throws Exception {
        String draft = field(send("POST", "/api/v1/score-sets", key, "application/json",
                "{\"experimentUrn\":\"" + experiment + "\",\"title\":\"t0\",\"shortDescription\":\"d0\",\"license\":\"CC0-1.0\","
                        + "\"targetGenes\":[{\"name\":\"G\",\"category\":\"regulatory\",\"accession\":\"NM_0001\"}]}"), "urn");
        send("POST", "/api/v1/score-sets/" + draft + "/variants", key, "text/csv", "hgvs_nt,score\nNM_0001:c.1A>G,1\nNM_0001:c.2A>G,2\n");
        String title = "title-" + System.nanoTime();
        String description = "description-" + System.nanoTime();
        List<Callable<Reply>> raced = List.of(
                () -> send("PATCH", "/api/v1/score-sets/" + draft, key, "application/merge-patch+json", "{\"title\":\"" + title + "\"}"),
                () -> send("PATCH", "/api/v1/score-sets/" + draft, key, "application/merge-patch+json",
                        "{\"shortDescription\":\"" + description + "\"}"),
                () -> send("POST", "/api/v1/score-sets/" + draft + "/variants", key, "text/csv",
                        "hgvs_nt,score\nNM_0001:c.1A>G,1\nNM_0001:c.2A>G,2\nNM_0001:c.3A>G,3\n"),
                () -> send("POST", "/api/v1/score-sets/" + draft + "/publish", key, null, null));
        CyclicBarrier barrier = new CyclicBarrier(raced.size());
        List<Future<Reply>> futures = new ArrayList<>();
        for (Callable<Reply> call : raced) {
            futures.add(racers.submit(() -> {
                barrier.await();
                return call.call();
            }));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get());
        }
        Reply state = send("GET", "/api/v1/score-sets/" + draft, key, null, null);
        check(replies.get(0), state.body().contains("\"title\":\"" + title + "\""), "PATCH title");
        check(replies.get(1), state.body().contains("\"shortDescription\":\"" + description + "\""), "PATCH shortDescription");
        check(replies.get(2), state.body().contains("\"numVariants\":3"), "upload");
        check(replies.get(3), state.body().contains("\"private\":false"), "publish");
        String urn = field(state, "experimentUrn");
        return urn;
    }

    static void check(Reply reply, boolean effectPresent, String what) {
        boolean acknowledged = reply.status() / 100 == 2;
        if (reply.status() >= 500 || acknowledged != effectPresent) {
            ANOMALIES.incrementAndGet();
            System.err.printf("anomaly: %s answered %d but its effect is %s%n", what, reply.status(),
                    effectPresent ? "present" : "missing");
        }
    }

    static Reply send(String method, String path, String key, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.replace("#", "%23")))
                .header("X-API-Key", key);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (!method.equals("GET")) {
            LATENCIES.add(nanos);
        }
        return new Reply(response.statusCode(), response.body(), nanos);
    }

    static String field(Reply reply, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(reply.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + reply.status() + " " + reply.body());
        }
        return m.group(1);
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}

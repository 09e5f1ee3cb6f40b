import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workloads and checks for the fault scripts (JDK only, run as {@code java faults/Workload.java}).
 *
 * <pre>
 * burst  URL ADMIN_KEY PREFIX ITEMS CONCURRENCY DEADLINE_S ACK_LOG
 *     Each item: create experiment, create score set, upload 2,000 variants, publish, every step
 *     with its own Idempotency-Key and retried with that key (on 5xx, 409 in progress, or no
 *     answer) until it succeeds or the deadline passes. Acknowledged items go to ACK_LOG.
 * verify ACK_LOG EXPERIMENTS_DUMP SCORE_SETS_DUMP
 *     Compares the acknowledged items with the database dumps (title|count, and
 *     title|count|published|consistent) and prints acknowledged-but-missing and duplicates.
 * flood  URL ADMIN_KEY REQUESTS CONCURRENCY
 *     Uploads large CSVs to many drafts at once and probes health meanwhile: how many were shed
 *     (503), how fast, and whether anything failed otherwise.
 * </pre>
 */
public class Workload {

    private static final Pattern URN = Pattern.compile("\"urn\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger clientErrors = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger noAnswer = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> unavailableMillis = new ConcurrentLinkedQueue<>();
    /** Latencies of 503s by problem type (shed at admission, database busy, shutting down). */
    private final Map<String, ConcurrentLinkedQueue<Long>> unavailableByType = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern PROBLEM_TYPE = Pattern.compile("problem:([a-z-]+)");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "burst" -> new Workload().burst(args[1], args[2], args[3], Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
            case "verify" -> System.exit(verify(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
            case "flood" -> System.exit(new Workload().flood(args[1], args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    record Answer(int status, String body, long millis) {}

    /** One attempt; status -1 when no HTTP answer came (connection refused, reset, timeout). */
    private Answer send(String url, String apiKey, String idempotencyKey, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", apiKey)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        long start = System.nanoTime();
        sent.incrementAndGet();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            int status = response.statusCode();
            if (status / 100 == 2) {
                ok.incrementAndGet();
            } else if (status == 503) {
                unavailable.incrementAndGet();
                unavailableMillis.add(millis);
                Matcher type = PROBLEM_TYPE.matcher(response.body());
                unavailableByType.computeIfAbsent(type.find() ? type.group(1) : "other", t -> new ConcurrentLinkedQueue<>())
                        .add(millis);
            } else if (status >= 500) {
                serverErrors.incrementAndGet();
                System.err.println("5xx " + status + " from " + url + ": " + response.body());
            } else {
                clientErrors.incrementAndGet();
            }
            return new Answer(status, response.body(), millis);
        } catch (IOException | InterruptedException e) {
            noAnswer.incrementAndGet();
            return new Answer(-1, e.toString(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /** Sends until a 2xx, retrying with the same key; null when the deadline passed or a 4xx said no. */
    private String untilDone(long deadline, String url, String apiKey, String key, String type, String body)
            throws InterruptedException {
        long backoff = 100;
        while (System.nanoTime() < deadline) {
            Answer answer = send(url, apiKey, key, type, body);
            if (answer.status / 100 == 2) {
                return answer.body;
            }
            boolean retryable = answer.status == -1 || answer.status >= 500 || answer.status == 409
                    && answer.body.contains("idempotency-key-in-use");
            if (!retryable) {
                System.err.println("gave up: " + answer.status + " " + url + " " + answer.body);
                return null;
            }
            Thread.sleep(backoff);
            backoff = Math.min(1000, backoff * 2);
        }
        return null;
    }

    private static String field(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return matcher.group(1);
    }

    private String newUser(String url, String adminKey, long deadline) throws InterruptedException {
        String name = "fault" + UUID.randomUUID().toString().substring(0, 8);
        String created = untilDone(deadline, url + "/api/v1/users", adminKey, "user-" + name, "application/json",
                "{\"username\":\"" + name + "\",\"displayName\":\"Fault workload\"}");
        return field(API_KEY, created);
    }

    /** A scores file for a target given by this accession: its variants are qualified with it. */
    static String csv(int rows, String accession) {
        StringBuilder csv = new StringBuilder("hgvs_nt,hgvs_pro,score,se\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(accession).append(":c.").append(i).append("A>G,").append(accession).append(":p.Met").append(i)
                    .append("Val,").append(i % 97 / 10.0).append(",0.1\n");
        }
        return csv.toString();
    }

    void burst(String url, String adminKey, String prefix, int items, int concurrency, int deadlineSeconds, Path ackLog)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        String user = newUser(url, adminKey, deadline);
        String variants = csv(2000, "NM_002019.4");
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                    String title = prefix + "-" + i;
                    String key = prefix + "-" + i + "-";
                    String experiment = untilDone(deadline, url + "/api/v1/experiments", user, key + "e", "application/json",
                            "{\"title\":\"" + title + "\",\"shortDescription\":\"Fault workload\"}");
                    if (experiment == null) continue;
                    String scoreSet = untilDone(deadline, url + "/api/v1/score-sets", user, key + "s", "application/json",
                            "{\"experimentUrn\":\"" + field(URN, experiment) + "\",\"title\":\"" + title
                                    + "\",\"shortDescription\":\"Fault workload\",\"license\":\"CC0-1.0\",\"targetGenes\":[{\"name\":\"FLT1\","
                                    + "\"category\":\"protein_coding\",\"accession\":\"NM_002019.4\"}]}");
                    if (scoreSet == null) continue;
                    String urn = field(URN, scoreSet);
                    if (untilDone(deadline, url + "/api/v1/score-sets/" + urn + "/variants", user, key + "u", "text/csv",
                            variants) == null) continue;
                    if (untilDone(deadline, url + "/api/v1/score-sets/" + urn + "/publish", user, key + "p", null,
                            null) == null) continue;
                    acknowledged.add(title);
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(deadlineSeconds + 120L, TimeUnit.SECONDS);
        Files.write(ackLog, acknowledged);
        System.out.printf("burst: items %d, completed %d in %.1f s; requests sent %d, 2xx %d, 4xx %d, 503 %d, other 5xx %d, "
                        + "no answer %d, slowest 503 %d ms%n", items, acknowledged.size(),
                (System.nanoTime() - started) / 1e9, sent.get(), ok.get(), clientErrors.get(), unavailable.get(),
                serverErrors.get(), noAnswer.get(), unavailableMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        if (serverErrors.get() > 0) {
            System.exit(1);
        }
    }

    static int verify(Path ackLog, Path experimentsDump, Path scoreSetsDump) throws IOException {
        List<String> acknowledged = Files.readAllLines(ackLog).stream().filter(l -> !l.isBlank()).toList();
        Map<String, Integer> experiments = new HashMap<>();
        for (String line : Files.readAllLines(experimentsDump)) {
            String[] cells = line.split("\\|");
            if (cells.length == 2) experiments.put(cells[0], Integer.parseInt(cells[1]));
        }
        Map<String, String[]> scoreSets = new HashMap<>();
        for (String line : Files.readAllLines(scoreSetsDump)) {
            String[] cells = line.split("\\|");
            if (cells.length == 4) scoreSets.put(cells[0], cells);
        }
        int missing = 0;
        for (String title : acknowledged) {
            String[] scoreSet = scoreSets.get(title);
            if (experiments.getOrDefault(title, 0) == 0 || scoreSet == null || !"t".equals(scoreSet[2])) {
                missing++;
                System.err.println("acknowledged but missing or unpublished: " + title);
            }
        }
        long duplicates = experiments.values().stream().filter(n -> n > 1).count()
                + scoreSets.values().stream().filter(s -> Integer.parseInt(s[1]) > 1).count();
        long partialUploads = scoreSets.values().stream().filter(s -> !"t".equals(s[3])).count();
        System.out.printf("verify: acknowledged %d, acknowledged-but-missing %d, duplicates %d, partial uploads %d%n",
                acknowledged.size(), missing, duplicates, partialUploads);
        return missing == 0 && duplicates == 0 && partialUploads == 0 ? 0 : 1;
    }

    int flood(String url, String adminKey, int requests, int concurrency) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String user = newUser(url, adminKey, deadline);
        String experiment = field(URN, untilDone(deadline, url + "/api/v1/experiments", user, null, "application/json",
                "{\"title\":\"Flood\",\"shortDescription\":\"Overload\"}"));
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            drafts.add(field(URN, untilDone(deadline, url + "/api/v1/score-sets", user, null, "application/json",
                    "{\"experimentUrn\":\"" + experiment + "\",\"title\":\"Flood " + i + "\",\"shortDescription\":\"Overload\","
                            + "\"targetGenes\":[{\"name\":\"FLD1\",\"category\":\"regulatory\",\"accession\":\"NM_1\"}]}")));
        }
        sent.set(0); ok.set(0); clientErrors.set(0); serverErrors.set(0); unavailable.set(0); noAnswer.set(0);
        String variants = csv(20_000, "NM_1");
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        ConcurrentLinkedQueue<Long> okMillis = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        for (String draft : drafts) {
            clients.submit(() -> {
                Answer answer = send(url + "/api/v1/score-sets/" + draft + "/variants", user, null, "text/csv", variants);
                if (answer.status / 100 == 2) okMillis.add(answer.millis);
            });
        }
        List<Long> healthMillis = new ArrayList<>();
        List<Long> probeShedMillis = new ArrayList<>();
        int healthFailures = 0;
        while (!clients.isTerminated()) {
            clients.shutdown();
            // a small write next to the flood: while the service is full it must be shed at once
            Answer probe = send(url + "/api/v1/experiments", user, null, "application/json",
                    "{\"title\":\"Probe\",\"shortDescription\":\"During the flood\"}");
            if (probe.status == 503) probeShedMillis.add(probe.millis);
            long start = System.nanoTime();
            try {
                int status = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) healthFailures++;
            } catch (IOException e) {
                healthFailures++;
            }
            healthMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            clients.awaitTermination(200, TimeUnit.MILLISECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Answer after = send(url + "/api/v1/experiments", user, null, "application/json",
                "{\"title\":\"After the flood\",\"shortDescription\":\"Recovered\"}");
        System.out.printf("flood: %d uploads of 20,000 variants at concurrency %d in %.1f s: 2xx %d (p50 %d ms), shed 503 %d "
                        + "(p99 %d ms), 4xx %d, other 5xx %d, no answer %d; readiness during flood: %d probes, %d not UP, "
                        + "max %d ms; next request after the flood: %d%n",
                requests, concurrency, seconds, ok.get(), percentile(new ArrayList<>(okMillis), 50), unavailable.get(),
                percentile(new ArrayList<>(unavailableMillis), 99), clientErrors.get(), serverErrors.get(), noAnswer.get(),
                healthMillis.size(), healthFailures, healthMillis.stream().mapToLong(Long::longValue).max().orElse(0),
                after.status);
        System.out.printf("  small writes probing during the flood: %d shed, p50 %d ms, max %d ms%n", probeShedMillis.size(),
                percentile(new ArrayList<>(probeShedMillis), 50), probeShedMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        unavailableByType.forEach((type, millis) -> System.out.printf("  503 %s: %d, p50 %d ms, p99 %d ms%n", type,
                millis.size(), percentile(new ArrayList<>(millis), 50), percentile(new ArrayList<>(millis), 99)));
        return serverErrors.get() == 0 && clientErrors.get() == 0 && noAnswer.get() == 0 && healthFailures == 0
                && after.status == 201 && unavailable.get() > 0 ? 0 : 1;
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) return 0;
        Collections.sort(values);
        return values.get(Math.min(values.size() - 1, (int) Math.ceil(p / 100.0 * values.size()) - 1));
    }
}

package io.triage.classify.train;

import io.triage.backend.Tier;
import io.triage.chat.ChatRequest;
import io.triage.classify.Classification;
import io.triage.classify.TokenEstimator;
import io.triage.route.BackendInfo;
import io.triage.route.RequestContext;
import io.triage.route.RouteTable;
import io.triage.route.RouteTableLoader;
import io.triage.route.Router;
import io.triage.route.RuleSetLoader;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a classifier's mistakes cost under the routing rules: each request is routed once with its
 * true task (at full confidence) and once with the classifier's verdict (task and confidence), and
 * the tiers compared.
 *
 * @param requests        requests evaluated
 * @param tierAccuracy    share routed to the right tier
 * @param remoteRequests  requests whose right tier is remote
 * @param escalationMiss  requests that belong on the remote tier but were sent local (the dangerous error)
 * @param localRequests   requests whose right tier is local
 * @param missedSaving    requests that belong on the local tier but were sent remote
 */
public record TierMetrics(int requests, double tierAccuracy, int remoteRequests, int escalationMiss,
                          int localRequests, int missedSaving) {

    /** Routes every example with {@code rulesDir} and {@code policyDir} and compares the tiers. */
    public static TierMetrics of(List<Example> examples, List<Classification> predicted, Path rulesDir, Path policyDir) {
        Map<ChatRequest, Classification> truth = new IdentityHashMap<>();
        Map<ChatRequest, Classification> guess = new IdentityHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            truth.put(examples.get(i).request(), new Classification(examples.get(i).task(), 1, 0.5, List.of()));
            guess.put(examples.get(i).request(), predicted.get(i));
        }
        Router byTruth = router(truth, rulesDir, policyDir);
        Router byGuess = router(guess, rulesDir, policyDir);
        int right = 0;
        int remote = 0;
        int missed = 0;
        int local = 0;
        int wasted = 0;
        for (Example example : examples) {
            Tier should = byTruth.decide(example.request(), RequestContext.ANONYMOUS).tier();
            Tier did = byGuess.decide(example.request(), RequestContext.ANONYMOUS).tier();
            right += should == did ? 1 : 0;
            if (should == Tier.REMOTE) {
                remote++;
                missed += did == Tier.LOCAL ? 1 : 0;
            } else {
                local++;
                wasted += did == Tier.REMOTE ? 1 : 0;
            }
        }
        return new TierMetrics(examples.size(), examples.isEmpty() ? 0 : (double) right / examples.size(),
                remote, missed, local, wasted);
    }

    /** Escalation misses as a share of all requests. */
    public double escalationMissRate() {
        return requests == 0 ? 0 : (double) escalationMiss / requests;
    }

    /** Missed savings as a share of all requests. */
    public double missedSavingRate() {
        return requests == 0 ? 0 : (double) missedSaving / requests;
    }

    private static Router router(Map<ChatRequest, Classification> verdicts, Path rulesDir, Path policyDir) {
        RouteTable routes = new RouteTableLoader(Set.of("local", "remote")).load(policyDir);
        return new Router(verdicts::get, new TokenEstimator(),
                new RuleSetLoader(routes.names()).load(rulesDir), routes,
                Map.of("local", new BackendInfo("local", Tier.LOCAL, List.of("local-model")),
                        "remote", new BackendInfo("remote", Tier.REMOTE, List.of("remote-model"))),
                Set.of("auto"));
    }
}

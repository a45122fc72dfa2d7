package org.beachhead.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the best hits of each kind in one pass over the matches (rather than one search per kind): by
 * score, then by the document's place in reading order.
 */
final class TopPerKind implements Collector {

    record Hit(int doc, float score, int place) {
    }

    /** Best first: higher score, then earlier in reading order. */
    static final Comparator<Hit> BEST_FIRST = Comparator.comparing(Hit::score).reversed()
            .thenComparingInt(Hit::place);

    private final SearchIndex index;
    private final int size;
    private final List<PriorityQueue<Hit>> queues = new ArrayList<>();

    TopPerKind(SearchIndex index, int size) {
        this.index = index;
        this.size = size;
        for (int k = 0; k < ResultKind.values().length; k++) {
            queues.add(new PriorityQueue<>(BEST_FIRST.reversed())); // the worst kept hit at the head
        }
    }

    /** The kept hits of a kind, best first. */
    List<Hit> hits(ResultKind kind) {
        return queues.get(kind.ordinal()).stream().sorted(BEST_FIRST).toList();
    }

    /** The best hits of all kinds, best first: the best of each kind hold the best of all. */
    List<Hit> hits() {
        return queues.stream().flatMap(PriorityQueue::stream).sorted(BEST_FIRST).limit(size).toList();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        int base = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                PriorityQueue<Hit> queue = queues.get(index.stored(base + doc).kind().ordinal());
                Hit hit = new Hit(base + doc, scorer.score(), index.place(base + doc));
                if (queue.size() < size) {
                    queue.add(hit);
                } else if (BEST_FIRST.compare(hit, queue.peek()) < 0) {
                    queue.poll();
                    queue.add(hit);
                }
            }
        };
    }
}

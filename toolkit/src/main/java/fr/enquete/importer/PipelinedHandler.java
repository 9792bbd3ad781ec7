package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on the calling thread and hands the rows, in order and in batches, to a handler running on a
 * second thread, so parsing and counting overlap on two cores. The handler sees exactly what a direct read
 * would give it, in the same order; an exception it throws stops the read and is rethrown to the caller.
 */
public final class PipelinedHandler {

    private static final int BATCH = 1024;
    private static final Object END = new Object();

    private PipelinedHandler() {
    }

    /** Streams {@code source} into {@code handler}, the handler on its own thread. */
    public static void read(TableSource source, TableHandler handler) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        Throwable[] failure = new Throwable[1];
        Thread consumer = new Thread(() -> {
            try {
                for (Object item = queue.take(); item != END; item = queue.take()) {
                    if (item instanceof Header h) {
                        handler.header(h);
                    } else if (item instanceof LeftOut l) {
                        handler.leftOut(l.row(), l.why());
                    } else if (item instanceof fr.enquete.model.Message note) {
                        handler.note(note);
                    } else {
                        @SuppressWarnings("unchecked")
                        List<Row> rows = (List<Row>) item;
                        for (Row r : rows) {
                            handler.row(r);
                        }
                    }
                }
            } catch (Throwable t) {
                failure[0] = t;
                queue.clear();
            }
        }, "enquete-aggregate");
        consumer.setDaemon(true);
        consumer.start();
        List<Row> batch = new ArrayList<>(BATCH);
        try {
            source.read(new TableHandler() {
                @Override
                public void header(Header header) {
                    put(queue, header, consumer, failure);
                }

                @Override
                public void row(Row row) {
                    batch.add(row.copy());
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch), consumer, failure);
                        batch.clear();
                    }
                }

                @Override
                public void leftOut(Row row, fr.enquete.model.Message why) {
                    // In order: the rows read before it go first.
                    if (!batch.isEmpty()) {
                        put(queue, new ArrayList<>(batch), consumer, failure);
                        batch.clear();
                    }
                    put(queue, new LeftOut(row.copy(), why), consumer, failure);
                }

                @Override
                public void note(fr.enquete.model.Message what) {
                    if (!batch.isEmpty()) {
                        put(queue, new ArrayList<>(batch), consumer, failure);
                        batch.clear();
                    }
                    put(queue, what, consumer, failure);
                }
            });
            if (!batch.isEmpty()) {
                put(queue, new ArrayList<>(batch), consumer, failure);
            }
            put(queue, END, consumer, failure);
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } finally {
            if (consumer.isAlive()) {
                consumer.interrupt();
            }
        }
        rethrow(failure[0]);
    }

    /** A row left out by the reader, passed on in its place. */
    private record LeftOut(Row row, fr.enquete.model.Message why) {
    }

    private static void put(BlockingQueue<Object> queue, Object item, Thread consumer, Throwable[] failure) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (!consumer.isAlive()) {
                    // The handler failed: stop reading and report its error.
                    rethrow(failure[0]);
                    throw new IllegalStateException("the aggregating thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private static void rethrow(Throwable t) {
        if (t == null) {
            return;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}

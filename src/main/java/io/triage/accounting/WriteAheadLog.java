package io.triage.accounting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.triage.json.JsonBuffers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ledger's write-ahead log: append-only files of JSON lines, one {@link UsageRecord} per line, in
 * segments named {@code ledger-<generation>.wal}. Appends go straight to the file (no user-space
 * buffer), so a record is in the OS page cache when {@link #append} returns and survives a kill of the
 * process; without {@code fsync} an OS crash or power loss may lose the last lines.
 *
 * <p>Not thread-safe: {@link Backlog} guards it with its lock.
 */
final class WriteAheadLog implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WriteAheadLog.class.getName());
    private static final ObjectMapper JSON = JsonBuffers.pooled(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));

    private final Path dir;
    private final boolean fsync;
    private final List<Path> leftovers;
    private long generation;
    private Path current;
    private FileChannel channel;

    private WriteAheadLog(Path dir, boolean fsync, List<Path> leftovers, long generation) {
        this.dir = dir;
        this.fsync = fsync;
        this.leftovers = leftovers;
        this.generation = generation;
    }

    /** Opens the log in {@code dir}; segments found there are kept as {@link #leftovers()}. */
    static WriteAheadLog open(Path dir, boolean fsync) {
        try {
            Files.createDirectories(dir);
            List<Path> found;
            try (Stream<Path> files = Files.list(dir)) {
                found = files.filter(f -> generationOf(f) >= 0).sorted((a, b) -> Long.compare(generationOf(a),
                        generationOf(b))).toList();
            }
            long last = found.isEmpty() ? 0 : generationOf(found.getLast());
            WriteAheadLog log = new WriteAheadLog(dir, fsync, new ArrayList<>(found), last);
            log.startSegment();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ledger write-ahead log in " + dir, e);
        }
    }

    /** The records of the segments found at open, in order; a torn or unreadable line is skipped. */
    List<UsageRecord> leftovers() {
        List<UsageRecord> records = new ArrayList<>();
        for (Path file : leftovers) {
            records.addAll(read(file));
        }
        return records;
    }

    /** Deletes the segments found at open, once their records are in the database. */
    void dropLeftovers() {
        leftovers.forEach(WriteAheadLog::delete);
        leftovers.clear();
    }

    /** Appends one line; forces it to the disk when the log was opened with fsync. */
    void append(UsageRecord record) {
        try {
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(record) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            if (fsync) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the ledger write-ahead log " + current, e);
        }
    }

    /** Bytes in the current segment. */
    long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the current segment: every record in it is in the database. */
    void truncate() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot truncate the ledger write-ahead log " + current, e);
        }
    }

    /** Closes the current segment and starts the next one; returns the closed one. */
    Path seal() {
        Path sealed = current;
        close();
        startSegment();
        return sealed;
    }

    static void delete(Path segment) {
        try {
            Files.deleteIfExists(segment);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete ledger log segment " + segment, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close ledger log segment " + current, e);
        }
    }

    private void startSegment() {
        generation++;
        current = dir.resolve("ledger-%019d.wal".formatted(generation));
        try {
            channel = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create ledger log segment " + current, e);
        }
    }

    private static List<UsageRecord> read(Path file) {
        List<UsageRecord> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                parse(file, line, records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ledger log segment " + file, e);
        }
        return records;
    }

    private static void parse(Path file, String line, List<UsageRecord> into) {
        if (line.isBlank()) {
            return;
        }
        try {
            into.add(JSON.readValue(line, UsageRecord.class));
        } catch (JsonProcessingException e) {
            // a line cut short by a crash mid-write: its request was never acknowledged as recorded
            LOG.log(System.Logger.Level.WARNING, "skipping an unreadable line in " + file + ": " + e.getMessage());
        }
    }

    private static long generationOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith("ledger-") || !name.endsWith(".wal")) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring("ledger-".length(), name.length() - ".wal".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

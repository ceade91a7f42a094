package com.parkops.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU seconds spent so far by this JVM and by the local PostgreSQL server — the postmaster, its
 * live children (backends, parallel workers, WAL writer, checkpointer, autovacuum) and the children
 * it has reaped — read from {@code /proc}. On a machine shared with other builds the wall-clock
 * time of a step grows with the load; its CPU time hardly does, so the benchmark reports both.
 * NaN for the server when it is not a local process (an external {@code bench.dbUrl}).
 */
final class EvaluationCpu {

    /** Linux clock ticks per second ({@code getconf CLK_TCK}); 100 on every common kernel. */
    private static final double TICKS = 100;

    /** CPU seconds of the JVM and of the server at one moment. */
    record Sample(double java, double postgres) {
        Sample since(Sample earlier) {
            return new Sample(java - earlier.java, postgres - earlier.postgres);
        }

        double total() {
            return java + postgres;
        }
    }

    private final long postmaster;

    private EvaluationCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** Finds the server's postmaster through a backend's parent process; -1 when not local. */
    static EvaluationCpu of(JdbcClient jdbc) {
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        String[] stat = stat(backend);
        return new EvaluationCpu(stat == null ? -1 : Long.parseLong(stat[1]));
    }

    Sample now() {
        double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        return new Sample(java, postgres());
    }

    private double postgres() {
        String[] own = postmaster < 0 ? null : stat(postmaster);
        if (own == null) {
            return Double.NaN;
        }
        long ticks = ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(name -> stat(Long.parseLong(name)))
                    .filter(s -> s != null && Long.parseLong(s[1]) == postmaster)
                    .mapToLong(s -> ticks(s, 11) + ticks(s, 12))
                    .sum();
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS;
    }

    /**
     * The fields of {@code /proc/<pid>/stat} after the command name: [0] state, [1] ppid, …, [11]
     * utime, [12] stime, [13] cutime, [14] cstime; null when the process is gone.
     */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long ticks(String[] stat, int field) {
        return Long.parseLong(stat[field]);
    }
}

package org.frontdoor.rules.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One untrusted-model worker JVM ({@link WorkerMain}) and the frames it answers. A daemon thread reads its answers,
 * so a caller can stop waiting at its time limit; the process is then killed and the reading thread ends by itself
 * at the end of the stream. No thread of the service ever runs the model.
 */
public final class WorkerProcess {
    /** The JVM's exit status after {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Object END = new Object();

    private final Process process;
    private final DataOutputStream requests;
    private final LinkedBlockingQueue<Object> answers = new LinkedBlockingQueue<>();
    private final Path folder;
    private int uses;

    /** How a call ended other than with an answer. */
    public static final class Stopped extends Exception {
        private final boolean outOfMemory;
        private final boolean timedOut;

        Stopped(boolean outOfMemory, boolean timedOut) {
            super(timedOut ? "timed out" : outOfMemory ? "out of memory" : "the worker ended");
            this.outOfMemory = outOfMemory;
            this.timedOut = timedOut;
        }

        public boolean outOfMemory() {
            return outOfMemory;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    private WorkerProcess(Process process, Path folder) {
        this.process = process;
        this.folder = folder;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        Thread reader = new Thread(this::readAnswers, "untrusted-model-worker-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a worker and waits until it says it is ready (its engine and validator are built), at most
     * {@code startLimit}.
     */
    public static WorkerProcess start(String heap, Duration startLimit, boolean warmValidation) throws IOException, Stopped {
        return start(WorkerMain.class, heap, startLimit, warmValidation ? List.of(WorkerMain.WARM_VALIDATION) : List.of());
    }

    /**
     * Starts a worker JVM running {@code main} (a program that speaks this class's frames and first sends a ready
     * frame), with the same walls: an empty environment, a fresh working and temporary folder, the heap limit, no
     * standard error kept.
     */
    public static WorkerProcess start(Class<?> main, String heap, Duration startLimit, List<String> args) throws IOException, Stopped {
        Path folder = Files.createTempDirectory("frontdoor-model-worker-");
        List<String> cmd = command(main, heap, folder);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);   // the engine's messages may quote a context
        pb.environment().clear();                                    // no database address, password or token
        WorkerProcess w = new WorkerProcess(pb.start(), folder);
        try {
            w.answer(startLimit);
        } catch (Stopped e) {
            w.kill();
            throw e;
        }
        return w;
    }

    static List<String> command(String heap, Path folder) {
        return command(WorkerMain.class, heap, folder);
    }

    static List<String> command(Class<?> main, String heap, Path folder) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Xshare:auto");
        // for measuring: the workers' JVM flags (-XX, -Xss, -Xms only), e.g. -Dfrontdoor.worker.jvm-flags="-XX:+UseParallelGC"
        for (String flag : System.getProperty("frontdoor.worker.jvm-flags", "-XX:+UseSerialGC").split("[\\s,]+")) {
            if (flag.startsWith("-XX:") || flag.startsWith("-Xss") || flag.startsWith("-Xms")) {
                cmd.add(flag);
            }
        }
        cmd.add("-Duser.timezone=" + TimeZone.getDefault().getID());   // FEEL's today() and now() as in the service
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Djava.io.tmpdir=" + folder);
        cmd.add("-Dlogback.configurationFile=frontdoor-worker-logback.xml");
        if (Runtime.version().feature() < 24) {
            cmd.add("-Djava.security.manager=allow");
        }
        String location = String.valueOf(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation());
        String classPath = absolute(System.getProperty("java.class.path"));   // the worker runs in its own folder
        if (location.startsWith("jar:nested:") || location.contains("!/BOOT-INF/")) {
            // the service runs from its packaged jar: start the worker through Spring Boot's launcher in that jar
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add("-Dloader.main=" + main.getName());
            cmd.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(main.getName());
        }
        return cmd;
    }

    private static String absolute(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Sends one request and waits at most {@code limit} for its answer; kills the worker if none comes. */
    public byte[] call(byte[] request, Duration limit) throws Stopped {
        uses++;
        try {
            requests.writeInt(request.length);
            requests.write(request);
            requests.flush();
        } catch (IOException e) {
            kill();
            throw new Stopped(outOfMemory(), false);
        }
        try {
            return answer(limit);
        } catch (Stopped e) {
            kill();
            throw e;
        }
    }

    private byte[] answer(Duration limit) throws Stopped {
        Object a;
        try {
            a = answers.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped(false, true);
        }
        if (a == null) {
            throw new Stopped(false, true);
        }
        if (a == END) {
            throw new Stopped(outOfMemory(), false);
        }
        return (byte[]) a;
    }

    private boolean outOfMemory() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) && process.exitValue() == OUT_OF_MEMORY_EXIT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void readAnswers() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
            while (true) {
                int length = in.readInt();
                if (length < 0 || length > WorkerMain.MAX_FRAME) {
                    break;
                }
                answers.add(in.readNBytes(length));
            }
        } catch (IOException endOfStream) {
            // the worker ended or was killed
        } finally {
            answers.add(END);
        }
    }

    public int uses() {
        return uses;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the worker at once and removes its folder. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

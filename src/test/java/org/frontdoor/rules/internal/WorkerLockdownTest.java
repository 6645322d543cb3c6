package org.frontdoor.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's lockdown, tried in a JVM of its own started the way the service starts a worker. */
class WorkerLockdownTest {
    @TempDir
    Path folder;

    @Test
    void aLockedDownWorkerCannotWriteDeleteConnectOrStartAProcess() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 24, "the JDK has no security manager from Java 24");
        Path victim = Files.writeString(folder.resolve("victim.txt"), "keep me");
        List<String> cmd = new java.util.ArrayList<>(WorkerProcess.command("64m", folder));
        cmd.set(cmd.size() - 1, LockdownProbe.class.getName());
        cmd.add(folder.toString());
        cmd.add(victim.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly("lockdown true", "write a file: refused", "delete a file: refused", "open a socket: refused",
                "start a process: refused", "lift the lockdown: refused", "read the class path: allowed");
        assertThat(folder.resolve("escaped.txt")).doesNotExist();
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void theScenarioGateWorkerMayUseOnlyItsOwnFolderAndTheLoopbackAddress() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 24, "the JDK has no security manager from Java 24");
        Path own = Files.createDirectory(folder.resolve("worker"));
        Path victim = Files.writeString(folder.resolve("victim.txt"), "keep me");
        List<String> cmd = new java.util.ArrayList<>(WorkerProcess.command("64m", own));
        cmd.set(cmd.size() - 1, LockdownProbe.class.getName());
        cmd.add(folder.toString());
        cmd.add(victim.toString());
        cmd.add("gate");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly("lockdown true", "write in its own folder: allowed", "delete in its own folder: allowed",
                "write elsewhere: refused", "climb out of its folder: refused", "delete elsewhere: refused",
                "listen on the loopback address: allowed", "connect to another machine: refused",
                "start a process: refused", "lift the lockdown: refused");
        assertThat(folder.resolve("escaped.txt")).doesNotExist();
        assertThat(folder.resolve("escaped-too.txt")).doesNotExist();
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void theWorkerIsStartedWithAnEmptyEnvironmentASmallHeapAndTheLockdownAllowed() throws IOException {
        List<String> cmd = WorkerProcess.command("96m", folder);
        assertThat(cmd).contains("-Xmx96m", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + folder);
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo(WorkerMain.class.getName());
        if (Runtime.version().feature() < 24) {
            assertThat(cmd).contains("-Djava.security.manager=allow");
        }
    }
}

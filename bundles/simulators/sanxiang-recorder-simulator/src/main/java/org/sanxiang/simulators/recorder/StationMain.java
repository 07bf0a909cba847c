package org.sanxiang.simulators.recorder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The station simulator from the command line:
 *
 * <pre>
 * make  FILE SIZE_BYTES                                   write pseudo-random media
 * drop  DROP_DIR FILE CASE [--rate BYTES_PER_S] [--important] [--device SERIAL] [--officer NUMBER] [--no-md5]
 * push  URL USER PASSWORD FILE CASE [--rate BYTES_PER_S] [--important] [--device SERIAL] [--officer NUMBER]
 * ftp   OUTBOX_DIR PORT USER PASSWORD                     serve an outbox over FTP until stopped
 * </pre>
 */
public final class StationMain {

    private StationMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
            return;
        }
        List<String> a = new ArrayList<>(List.of(args));
        String cmd = a.remove(0);
        switch (cmd) {
            case "make" -> Media.write(Path.of(a.get(0)), Long.parseLong(a.get(1)), 7L);
            case "drop" -> {
                Path file = Path.of(a.get(1));
                Recording r = recording(file, a.get(2), a);
                String base = new DropStation(Path.of(a.get(0))).deliver(file.getFileName().toString(), file, r.xml(),
                        rate(a));
                System.out.println("delivered " + base + " (" + r.fileSize + " bytes)");
            }
            case "push" -> {
                Path file = Path.of(a.get(3));
                Recording r = recording(file, a.get(4), a);
                PushStation.Answer ans = new PushStation(a.get(0), a.get(1), a.get(2))
                        .push(file.getFileName().toString(), file, r.xml(), rate(a));
                System.out.println(ans.status() + " " + (ans.sha256() == null ? "" : ans.sha256()) + "\n" + ans.body());
            }
            case "ftp" -> {
                try (FtpStation s = new FtpStation(Path.of(a.get(0)), Integer.parseInt(a.get(1)), a.get(2), a.get(3))) {
                    System.out.println("FTP station on 127.0.0.1:" + s.port() + " serving " + a.get(0));
                    Thread.currentThread().join();
                }
            }
            default -> usage();
        }
    }

    private static Recording recording(Path file, String caseNumber, List<String> a) throws IOException {
        Recording r = new Recording().caseNumber(caseNumber).fileName(file.getFileName().toString());
        r.fileSize = Files.size(file);
        r.stationFileId = "ST-" + Long.toHexString(System.nanoTime());
        r.important = a.contains("--important");
        r.deviceSerial = option(a, "--device", r.deviceSerial);
        r.deviceOfficerNumber = option(a, "--officer", r.deviceOfficerNumber);
        if (!a.contains("--no-md5")) {
            r.stationMd5 = md5(file);
        }
        return r;
    }

    private static long rate(List<String> a) {
        return Long.parseLong(option(a, "--rate", "0"));
    }

    private static String option(List<String> a, String name, String fallback) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : fallback;
    }

    private static String md5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buf = new byte[1 << 20];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void usage() {
        System.out.println("usage: make FILE SIZE | drop DIR FILE CASE [--rate B/s] [--important] [--device S] "
                + "[--officer N] [--no-md5] | push URL USER PASSWORD FILE CASE [...] | ftp OUTBOX PORT USER PASSWORD");
    }
}

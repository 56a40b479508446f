package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The notices file the jar and the installers carry names every runtime dependency the pom declares. */
class ThirdPartyNoticesTest {
    @Test
    void everyRuntimeDependencyOfThePomIsInTheNoticesWithItsVersionAndLicense() throws Exception {
        String notices = AboutDialog.notices();
        assertTrue(notices.startsWith("TrainLab third-party notices"), notices);
        String pom = Files.readString(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>", pom.indexOf("</dependencyManagement>")));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(dependencies);
        List<String> runtime = new ArrayList<>();
        while (m.find()) {
            String d = m.group(1);
            if (!d.contains("<scope>test</scope>")) {
                runtime.add(tag(d, "artifactId"));
            }
        }
        assertTrue(runtime.size() >= 6, runtime.toString());
        for (String artifact : runtime) {
            assertTrue(notices.contains(artifact), artifact + " is bundled but not in " + AboutDialog.NOTICES);
        }
        for (String license : List.of("Apache License, Version 2.0", "MIT License", "BSD", "Classpath Exception")) {
            assertTrue(notices.contains(license), license);
        }
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        assertTrue(m.find(), xml);
        return m.group(1).trim();
    }
}

package org.sitrep.ingest.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A host's robots.txt as it applies to Sitrep: the group naming "sitrep" if there is one, else the
 * group for "*"; the longest matching Allow or Disallow prefix decides ("*" and "$" understood).
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    static RobotsRules parse(String text, String agent) {
        List<Rule> mine = null;
        List<Rule> any = null;
        List<Rule> current = new ArrayList<>();
        boolean forMe = false;
        boolean forAny = false;
        boolean inAgents = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    current = new ArrayList<>();
                    forMe = false;
                    forAny = false;
                }
                inAgents = true;
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals("*")) {
                    forAny = true;
                    any = any == null ? current : any;
                } else if (agent.toLowerCase(Locale.ROOT).contains(v)) {
                    forMe = true;
                    mine = mine == null ? current : mine;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                if ((forMe || forAny) && !value.isEmpty()) {
                    current.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        List<Rule> chosen = mine != null ? mine : any;
        return chosen == null ? ALLOW_ALL : new RobotsRules(List.copyOf(chosen));
    }

    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), pathAndQuery)
                    && (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        String[] parts = p.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}

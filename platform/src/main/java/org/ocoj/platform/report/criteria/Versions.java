package org.ocoj.platform.report.criteria;

import java.util.Comparator;

/**
 * Compares version strings the way admins read them: digit runs as numbers, other runs as text, so
 * {@code 1.10 > 1.9}, {@code 139.0.1 > 139.0} and {@code 2:1.2-3 > 1:9}. Not any one packager's exact rules
 * (dpkg epochs and tildes are treated as plain separators; a trailing word such as rc1 counts as a
 * pre-release), which is enough for "older than" reports.
 */
public final class Versions {

    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            if (i >= a.length()) {
                return preRelease(b, j) ? 1 : -1;
            }
            if (j >= b.length()) {
                return preRelease(a, i) ? -1 : 1;
            }
            int endA = run(a, i);
            int endB = run(b, j);
            String partA = a.substring(i, endA);
            String partB = b.substring(j, endB);
            int result = comparePart(partA, partB);
            if (result != 0) {
                return result;
            }
            i = skipSeparators(a, endA);
            j = skipSeparators(b, endB);
        }
        return 0;
    }

    private static int comparePart(String a, String b) {
        boolean numA = !a.isEmpty() && Character.isDigit(a.charAt(0));
        boolean numB = !b.isEmpty() && Character.isDigit(b.charAt(0));
        if (numA && numB) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        if (numA != numB) {
            return numA ? 1 : -1; // 1.0 > 1.rc: a number beats a pre-release word
        }
        return a.compareToIgnoreCase(b);
    }

    /** A word after the common part marks a pre-release: 1.0rc1 < 1.0, but 1.0.1 > 1.0. */
    private static boolean preRelease(String s, int from) {
        return Character.isLetter(s.charAt(from));
    }

    /** End of the digit run or letter run starting at {@code from}. */
    private static int run(String s, int from) {
        int k = from;
        boolean digits = Character.isDigit(s.charAt(from));
        while (k < s.length() && Character.isLetterOrDigit(s.charAt(k)) && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k == from ? from + 1 : k;
    }

    private static int skipSeparators(String s, int from) {
        int k = from;
        while (k < s.length() && !Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}

package io.pmobuyin.preview.sample;

import java.util.Locale;

/**
 * The sample's people: opaque account ids only ({@code acc-0042}), never names or emails, because
 * the product counts people and never blames them. Real exports carry a display name, so the sample
 * has a neutral one ({@code Person 42}); importers ignore it.
 */
final class People {

  /** How many people work across the portfolio; they are numbered from 1. */
  static final int POOL = 120;

  /** How many executives can sponsor a project; numbered from 1. */
  static final int SPONSORS = 12;

  /** Nobody: an unassigned issue, or a project without a sponsor. */
  static final int NOBODY = 0;

  // Formatted once: every issue names several people and a benchmark writes millions of issues.
  private static final String[] ACCOUNT_IDS = table(POOL, "acc-%04d");
  private static final String[] DISPLAY_NAMES = table(POOL, "Person %d");
  private static final String[] SPONSOR_IDS = table(SPONSORS, "acc-sp-%02d");
  private static final String[] SPONSOR_NAMES = table(SPONSORS, "Sponsor %d");

  private People() {}

  static String accountId(int person) {
    return ACCOUNT_IDS[person];
  }

  static String displayName(int person) {
    return DISPLAY_NAMES[person];
  }

  static String sponsorAccountId(int sponsor) {
    return SPONSOR_IDS[sponsor];
  }

  static String sponsorDisplayName(int sponsor) {
    return SPONSOR_NAMES[sponsor];
  }

  private static String[] table(int size, String pattern) {
    String[] table = new String[size + 1];
    for (int i = 1; i <= size; i++) {
      table[i] = String.format(Locale.ROOT, pattern, i);
    }
    return table;
  }
}

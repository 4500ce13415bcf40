package io.pmobuyin.settings;

/**
 * One stored setting on its way from the format it was written in to the current one.
 *
 * @param storedKey the key it is stored under, so a problem names what the stored text says
 * @param key its key in the format reached so far
 * @param text its value in that format
 */
public record StoredSetting(String storedKey, String key, String text) {

  public StoredSetting renamed(String newKey) {
    return new StoredSetting(storedKey, newKey, text);
  }

  public StoredSetting rewritten(String newText) {
    return new StoredSetting(storedKey, key, newText);
  }
}

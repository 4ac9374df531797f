package cn.banan.hrdesk.store;

import java.nio.file.Path;

/** Opening migrated the file from schema {@code from}; the whole file as it was is at {@code backup}. */
public record Upgrade(String from, Path backup) {
}

package cn.banan.hrdesk.store;

/**
 * Who writes through the database, as the audit trail names them: the signed-in user and role, or the command line
 * with the operating-system user, or the program itself (first start, upgrades) before anyone signed in.
 */
public record WriteAuthor(String userId, String name, String role, Source source, String osUser) {
    public enum Source { WINDOW, COMMAND_LINE, EXCHANGE, SYSTEM }

    public static final String SYSTEM_ID = "system";

    public static WriteAuthor system() {
        return new WriteAuthor(SYSTEM_ID, SYSTEM_ID, null, Source.SYSTEM, osUserName());
    }

    public static String osUserName() {
        return System.getProperty("user.name", "");
    }

    String field(String key) {
        return switch (key) {
            case "id" -> userId;
            case "name" -> name;
            case "role" -> role;
            case "source" -> source.name();
            case "os" -> osUser;
            default -> throw new IllegalArgumentException("author field " + key);
        };
    }
}

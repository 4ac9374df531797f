package cn.banan.hrdesk.security;

/**
 * Who sees personal data (resident ID numbers, phones, bank accounts) in full: one rule for every view, form and
 * export (DESIGN §3, SPEC §4). A signed-in role that enters, checks or pays it, and 区审计局 and 区财政局, who read
 * everything; the command line only when its user asks for it (--full-ids), as a script's output travels further
 * than a screen. Everyone else sees it masked.
 */
public final class PersonalData {
    private PersonalData() {
    }

    public static boolean inFull(Session session, boolean asked) {
        return session.actor().map(a -> a.commandLine() ? asked : a.may(Action.VIEW_PERSONAL_DATA)).orElse(false);
    }

    public static boolean inFull(Session session) {
        return inFull(session, false);
    }
}

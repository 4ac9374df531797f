package cn.banan.hrdesk.registry;

/** A contact at an enterprise; the demo data uses role titles here, never people's names. */
public record Contact(String id, String name, String position, String phone) {
}

package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;

/** One line of the enterprise list: the tier and recognition as of the list's date. */
public record EnterpriseRow(String id, String name, String creditCode, Park park, Tier tier, boolean recognized) {
}

package cn.banan.hrdesk.registry;

/** The approved labour demand (核定用工数量) of one enterprise for one year. */
public record LabourDemand(String id, int year, int approvedCount) {
}

package cn.banan.hrdesk.office;

/** Publicity in one month through one channel: people reached and job seekers registered. */
public record ChannelMonth(String month, PublicityChannel channel, long reach, long registered) {
}

package cn.banan.hrdesk.exchange.ui;

/** What the signed-in person may do in the tab; the services check again whatever the window shows. */
public record ExchangeRights(boolean exchange, boolean pair, boolean settle) {
}

package cn.banan.hrdesk.xlsx;

/** A bad cell of an imported sheet, as a user finds it in Excel: row number, column letter and header. */
public record CellProblem(int row, String column, String header, String message) {
}

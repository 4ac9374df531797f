package cn.banan.hrdesk.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A native chart over a figure table's cells: its categories are the first column, each series a value column. */
final class FigureCharts {
    /** Colours that stay apart on a grey-scale printer too: dark, light, mid. */
    private static final int[][] PALETTE = {{0x2F, 0x55, 0x97}, {0xF4, 0xB1, 0x83}, {0x70, 0xAD, 0x47}, {0xA5, 0xA5, 0xA5},
        {0xFF, 0xC0, 0x00}, {0x7F, 0x3F, 0x98}, {0x5B, 0x9B, 0xD5}, {0x26, 0x44, 0x78}};

    private FigureCharts() {
    }

    private static XDDFSolidFillProperties fill(int n) {
        int[] c = PALETTE[n % PALETTE.length];
        // as sRGB bytes: the three-int form writes scRGB percentages, which would all read as black
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) c[0], (byte) c[1], (byte) c[2]}));
    }

    /** {@code firstRow}: the table's first data row; the chart spans columns 0..{@code lastColumn}, rows {@code top}..{@code bottom}. */
    static void draw(XSSFSheet sheet, FigureChart spec, int firstRow, int lastColumn, int top, int bottom) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, lastColumn + 1, bottom);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        int lastRow = firstRow + spec.rows() - 1;
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFChartData data;
        if (spec.kind() == FigureChart.Kind.PIE) {
            data = chart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
        } else {
            XDDFCategoryAxis across = chart.createCategoryAxis(AxisPosition.LEFT);
            // the table's first row at the top, as the table reads
            across.setOrientation(AxisOrientation.MAX_MIN);
            XDDFValueAxis up = chart.createValueAxis(AxisPosition.BOTTOM);
            up.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, across, up);
            bars.setBarDirection(BarDirection.BAR);
            bars.setVaryColors(false);
            data = bars;
        }
        int n = 0;
        for (int column : spec.valueColumns()) {
            var series = data.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column)));
            series.setTitle(sheet.getRow(firstRow - 1).getCell(column).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), firstRow - 1, column, true, true));
            // colours given outright: a chart without them draws no bars or slices in LibreOffice
            if (spec.kind() == FigureChart.Kind.PIE) {
                for (int p = 0; p < spec.rows(); p++) {
                    series.getDataPoint(p).setFillProperties(fill(p));
                }
            } else {
                series.setFillProperties(fill(n++));
            }
        }
        chart.plot(data);
    }
}

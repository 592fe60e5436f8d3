using System.Globalization;
using System.Text;
using PuenteBot.Portal.Pages;
using PuenteBot.Reports;

namespace PuenteBot.Portal.Reports;

/// <summary>The crisis report page: the dates to show, then the table (kind, language, channel, counts, time to acknowledgement).</summary>
internal static class CrisisReportPage
{
    private static readonly string[] Columns = ["Kind", "Language", "Channel", "Referrals", "Acknowledged", "Median", "Longest"];

    public static IResult Render(PortalView view, CrisisReportTable table)
    {
        var html = new StringBuilder();
        html.Append($"<form method=\"get\" action=\"{CrisisReportEndpoint.Path}\" class=\"report-dates\">");
        html.Append($"<label>{PortalHtml.Encode(view["Portal.CrisisReport.From"])} <input type=\"date\" name=\"from\" value=\"{table.From:yyyy-MM-dd}\"></label> ");
        html.Append($"<label>{PortalHtml.Encode(view["Portal.CrisisReport.To"])} <input type=\"date\" name=\"to\" value=\"{table.To:yyyy-MM-dd}\"></label> ");
        html.Append($"<button type=\"submit\">{PortalHtml.Encode(view["Portal.CrisisReport.Show"])}</button></form>");
        html.Append(PortalHtml.Notice(view["Portal.CrisisReport.Note"]));
        if (table.Total.Referrals == 0)
        {
            html.Append(PortalHtml.Notice(view["Portal.CrisisReport.Empty"]));
            return PortalLayout.Page(view, view["Portal.CrisisReport.Title"], html.ToString());
        }

        html.Append("<table class=\"report\"><thead><tr>");
        foreach (var column in Columns)
        {
            html.Append($"<th scope=\"col\">{PortalHtml.Encode(view["Portal.CrisisReport." + column])}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            Row(html, EscalationLabels.Reason(view, row.Kind), EscalationLabels.Language(view, row.Language), EscalationLabels.Channel(view, row.Channel), row);
        }

        html.Append("</tbody><tfoot>");
        var total = view["Portal.CrisisReport.Total"];
        Row(html, total, string.Empty, string.Empty, table.Total);
        html.Append("</tfoot></table>");
        return PortalLayout.Page(view, view["Portal.CrisisReport.Title"], html.ToString());
    }

    private static void Row(StringBuilder html, string kind, string language, string channel, CrisisReportRow row)
    {
        html.Append($"<tr><td>{PortalHtml.Encode(kind)}</td><td>{PortalHtml.Encode(language)}</td><td>{PortalHtml.Encode(channel)}</td>");
        html.Append($"<td class=\"number\">{row.Referrals.ToString(CultureInfo.InvariantCulture)}</td><td class=\"number\">{row.Acknowledged.ToString(CultureInfo.InvariantCulture)}</td>");
        html.Append($"<td class=\"number\">{PortalHtml.Encode(CrisisReportText.Duration(row.MedianToAcknowledge))}</td><td class=\"number\">{PortalHtml.Encode(CrisisReportText.Duration(row.LongestToAcknowledge))}</td></tr>");
    }
}

using System.Text;

namespace PuenteBot.Reports;

/// <summary>A report as the terminal prints it: columns padded to their widest cell, the first ones left-aligned (names), the rest right-aligned (figures).</summary>
internal static class TextTable
{
    public static void Append(StringBuilder text, IReadOnlyList<string[]> lines, int nameColumns)
    {
        var widths = Enumerable.Range(0, lines[0].Length).Select(i => lines.Max(l => l[i].Length)).ToArray();
        foreach (var line in lines)
        {
            text.AppendJoin("  ", line.Select((cell, i) => i < nameColumns ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).Append('\n');
        }
    }
}

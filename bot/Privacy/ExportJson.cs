using System.Text.Encodings.Web;
using System.Text.Json;

namespace PuenteBot.Privacy;

/// <summary>How an export is written: camelCase, indented for a person to read, accents kept as they are.</summary>
internal static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

using System.Text.Json.Nodes;
using PuenteBot.Privacy;

namespace PuenteBot.Tests.Privacy;

public class EscalationRedactionTests
{
    [Fact]
    public void Only_what_the_clinic_must_keep_stays_and_the_deletion_is_marked()
    {
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var summary = new JsonObject
        {
            ["reason"] = "suicide",
            ["channel"] = "sms",
            ["language"] = "es",
            ["level"] = "high",
            ["quote"] = "palabras-privadas",
            ["excerpt"] = new JsonArray(new JsonObject { ["text"] = "palabras-privadas" }),
            ["notes"] = new JsonObject { ["caregiverName"] = "Ana" },
            ["trigger"] = new JsonObject { ["activityId"] = "a1" },
            ["updates"] = new JsonArray(new JsonObject { ["at"] = at, ["kind"] = "self_harm", ["quote"] = "palabras-privadas", ["told"] = new JsonArray("988") }),
        };

        var redacted = EscalationRedaction.Redact(summary, EscalationRedaction.ByFamily, at);

        Assert.DoesNotContain("palabras-privadas", redacted.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", redacted.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("suicide", (string?)redacted["reason"]);
        Assert.Equal("high", (string?)redacted["level"]);
        Assert.Equal("self_harm", (string?)redacted["updates"]![0]!["kind"]);
        Assert.Null(redacted["updates"]![0]!["quote"]);
        Assert.Equal("family", (string?)redacted["erased"]!["by"]);
        Assert.True(EscalationRedaction.IsErased(redacted));
        Assert.False(EscalationRedaction.IsErased(summary));
    }
}

using System.Text.Json;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>The real botframework-directlinejs client (as Web Chat uses it) against the embedded Direct Line.</summary>
public class DirectLineClientTests
{
    public static TheoryData<string, string> Modes => new(
        from provider in TestDatabase.Providers.Select(row => (string)row.Data)
        from mode in new[] { "polling", "websocket" }
        select (provider, mode));

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_real_client_gets_the_Spanish_welcome_and_the_next_step(string provider, string mode)
    {
        NodeScript.RequireInstalled();
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new KestrelBot(DirectLineInstance.Settings(db));

        var output = await NodeScript.RunAsync("directline-conversation.js", [bot.BaseUrl, mode]);

        Assert.True(output.ExitCode == 0, output.StandardError);
        var seen = JsonDocument.Parse(output.StandardOutput).RootElement;
        TestContext.Current.TestOutputHelper?.WriteLine(output.StandardOutput);
        Assert.StartsWith("Hola, soy PuenteBot", seen.GetProperty("greeting").GetString());
        Assert.Equal("¿De qué le gustaría hablar?", seen.GetProperty("menuText").GetString());
        Assert.Equal("expectingInput", seen.GetProperty("menuInputHint").GetString());
        Assert.Equal(5, seen.GetProperty("menuOptions").GetArrayLength());
        Assert.Equal(["Sí", "No"], seen.GetProperty("consentOptions").EnumerateArray().Select(e => e.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(seen.GetProperty("answer").GetString()));
        Assert.DoesNotContain("no le entendí", seen.GetProperty("answer").GetString());
        Assert.Equal(seen.GetProperty("firstId").GetString(), seen.GetProperty("echoId").GetString());
        Assert.Equal("user", seen.GetProperty("echoRole").GetString());
        Assert.Equal(["puentebot"], seen.GetProperty("botIds").EnumerateArray().Select(e => e.GetString()));
        Assert.True(seen.GetProperty("timestampsPresent").GetBoolean());
        Assert.True(seen.GetProperty("idsPresent").GetBoolean());
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>The handoff with the real botframework-directlinejs client as the family, by polling and by WebSocket, as Web Chat receives it.</summary>
public class HandoffDirectLineClientTests
{
    [Theory]
    [MemberData(nameof(DirectLineClientTests.Modes), MemberType = typeof(DirectLineClientTests))]
    public async Task The_web_chat_client_sees_the_clinician_join_write_and_hand_back(string provider, string mode)
    {
        NodeScript.RequireInstalled();
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new KestrelBot(DirectLineInstance.Settings(db));
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        string Spanish(string key, params object[] args) => strings.For("es", key, args);

        var output = await NodeScript.RunAsync("portal-handoff.js", [bot.BaseUrl, PortalClient.User, PortalClient.Password, mode]);

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.Equal(Spanish("Crisis.Urgent.suicide"), result.GetProperty("safety").GetString());
        Assert.All(result.GetProperty("notices").EnumerateArray(), notice => Assert.EndsWith("?notice=Delivered", notice.GetString(), StringComparison.Ordinal));
        Assert.Equal(Spanish("Handoff.Joined", "Ana Ruiz"), result.GetProperty("joined").GetString());
        Assert.Equal(Spanish("Handoff.Message", "Ana Ruiz", "Hola, soy Ana. ¿Puedo llamarle ahora?"), result.GetProperty("clinicianText").GetString());
        Assert.True(result.GetProperty("transcriptHasFamily").GetBoolean());
        Assert.Equal(Spanish("Handoff.Ended", "Ana Ruiz"), result.GetProperty("firstAfterFamily").GetString());
        Assert.Equal(Spanish("Menu.Prompt"), result.GetProperty("menuText").GetString());
        Assert.Contains(Spanish("Menu.Option.person"), result.GetProperty("menuOptions").EnumerateArray().Select(o => o.GetString()));
    }
}

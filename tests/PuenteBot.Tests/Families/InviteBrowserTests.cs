using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Families;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.WebChat;

namespace PuenteBot.Tests.Families;

/// <summary>A web-chat family opens the link the clinic gave them, in real Chromium: their chat is linked to their enrolment.</summary>
public class InviteBrowserTests
{
    [Fact]
    public async Task The_invitation_link_opens_a_Spanish_chat_linked_to_the_family_and_leaves_the_address_bar()
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        Requirements.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Root, "bot", "wwwroot", "lib", "webchat.js")), "the Web Chat bundle (built by `dotnet build bot` with npm)");
        await using var bot = new KestrelBot();
        var ct = TestContext.Current.CancellationToken;
        var enrolled = await bot.Services.GetRequiredService<FamilyEnrolment>().EnrolAsync(
            new EnrolmentRequest("MRN-31", "Sofía", "Marta Ruiz", null, "es", "webchat", "Dr. Kim"), ct);

        var output = await NodeScript.RunAsync("webchat-invite.js", [bot.BaseUrl + enrolled.InvitePath], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.Equal(["loaded:es", "welcomed", "consented"], result.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain("invite=", result.GetProperty("address").GetString(), StringComparison.Ordinal);
        var families = bot.Services.GetRequiredService<IFamilyStore>();
        var conversation = Assert.Single(await families.ConversationsAsync(enrolled.Family.Id, ct));
        var state = (await bot.Services.GetRequiredService<IConversationStore>().LoadAsync(conversation, ct)).Data;
        Assert.Equal((enrolled.Family.Id, "es"), (state.FamilyId, state.Language));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Families;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Families;

/// <summary>Web-chat invitations: signed, naming one family, refused once expired, altered or signed with another key.</summary>
public class FamilyInvitesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invitation_names_its_family_until_it_expires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));
        using var folder = new TempFolder();
        await using var bot = Bot(folder, clock);
        var invites = bot.Services.GetRequiredService<FamilyInvites>();

        var token = await invites.IssueAsync("fam-7", Cancel);
        var fresh = await invites.ValidateAsync(token, Cancel);
        clock.Advance(TimeSpan.FromDays(2.5));
        var later = await invites.ValidateAsync(token, Cancel);
        clock.Advance(TimeSpan.FromDays(1));
        var expired = await invites.ValidateAsync(token, Cancel);

        Assert.Equal(new InviteCheck("fam-7", false), fresh);
        Assert.Equal("fam-7", later.FamilyId);
        Assert.Equal(new InviteCheck(null, true), expired);
    }

    [Fact]
    public async Task An_altered_or_foreign_invitation_names_no_family()
    {
        using var folder = new TempFolder();
        await using var bot = Bot(folder, TimeProvider.System);
        using var otherFolder = new TempFolder();
        await using var other = Bot(otherFolder, TimeProvider.System);
        var invites = bot.Services.GetRequiredService<FamilyInvites>();
        var token = await invites.IssueAsync("fam-7", Cancel);
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1])).Replace("fam-7", "fam-8");
        var altered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        Assert.Null((await invites.ValidateAsync(altered, Cancel)).FamilyId);
        Assert.Null((await other.Services.GetRequiredService<FamilyInvites>().ValidateAsync(token, Cancel)).FamilyId);
        Assert.Null((await invites.ValidateAsync("not-a-token", Cancel)).FamilyId);
        Assert.Null((await invites.ValidateAsync(null, Cancel)).FamilyId);
        Assert.Equal("fam-7", (await invites.ValidateAsync(token, Cancel)).FamilyId);
    }

    private static BotServices Bot(TempFolder folder, TimeProvider clock) => new(
        folder.ConnectionString,
        settings: new Dictionary<string, string?> { ["Families:InviteLifetime"] = "3.00:00:00" },
        configure: services => services.AddSingleton(clock));
}

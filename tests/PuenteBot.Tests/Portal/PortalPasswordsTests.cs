using PuenteBot.Cli;
using PuenteBot.Portal;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Tests.Portal;

/// <summary>The hashing command and the check of a password against its hash.</summary>
public class PortalPasswordsTests
{
    [Fact]
    public async Task Hash_password_prints_a_salted_hash_that_verifies()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await PortalCommand.RunAsync(["hash-password"], new StringReader("tres tristes tigres\n"), output, error, TestContext.Current.CancellationToken);
        var hash = output.ToString().Trim();
        var again = PortalPasswords.Hash("tres tristes tigres");

        Assert.Equal(0, code);
        Assert.NotEqual(again, hash);
        Assert.True(PortalPasswords.Verify(new PortalAccount { User = "ana", PasswordHash = hash }, "tres tristes tigres"));
        Assert.False(PortalPasswords.Verify(new PortalAccount { User = "ana", PasswordHash = hash }, "tres tristes tigre"));
        Assert.DoesNotContain("tigres", hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hash_password_without_a_password_is_a_usage_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await PortalCommand.RunAsync(["hash-password"], new StringReader(string.Empty), output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void The_command_is_reachable_from_the_command_line()
    {
        Assert.NotNull(CliCommands.Find(["portal", "hash-password"]));
    }

    [Fact]
    public void A_broken_hash_never_verifies()
    {
        Assert.False(PortalPasswords.Verify(new PortalAccount { User = "ana", PasswordHash = "not-base64!" }, "x"));
        Assert.False(PortalPasswords.Verify(null, "x"));
    }
}

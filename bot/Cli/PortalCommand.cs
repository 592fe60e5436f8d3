using PuenteBot.Portal.SignIn;

namespace PuenteBot.Cli;

/// <summary>
/// <c>portal hash-password</c>: reads a password from the first line of stdin and prints its hash for
/// <c>Portal:Accounts:N:PasswordHash</c>; exit 2 on wrong usage or an empty password.
/// </summary>
public static class PortalCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken) =>
        await RunAsync(args, Console.In, Console.Out, Console.Error, cancellationToken);

    internal static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["hash-password"])
        {
            await error.WriteLineAsync("usage: portal hash-password   (reads the password from stdin, prints its hash)");
            return 2;
        }

        var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password on stdin.");
            return 2;
        }

        await output.WriteLineAsync(PortalPasswords.Hash(password));
        return 0;
    }
}

using PuenteBot.Cli;
using PuenteBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPuenteBot();

if (CliCommands.Find(args) is { } command)
{
    builder.UseCliLogging();
    using var host = builder.Build();
    return await command(host.Services, args[1..], CancellationToken.None);
}

var app = builder.Build();
app.MapPuenteBot();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using PuenteBot.State;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.ScaleOut;

/// <summary>
/// Two bot processes on one PostgreSQL database with the real botframework-directlinejs client as a web-chat family
/// (WebSocket) on instance A and a clinician signed in to the portal on instance B (tests/node/two-instance-webchat.js):
/// the clinician's lines written on B reach the family's stream on A; A is killed (SIGKILL) with that stream open; the
/// family's client reconnects to B with the same conversation, token and last watermark, and the handoff goes on there.
/// </summary>
public class TwoProcessWebChatTests
{
    private static Dictionary<string, string?> Settings(TestDatabase database, string instance)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Escalation:Spool:Folder"] = Path.Combine(database.Folder, "spool-" + instance),
        };
        foreach (var (key, value) in PortalSite.Settings())
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task A_web_chat_family_on_a_killed_instance_reconnects_to_the_other_and_receives_every_activity_once()
    {
        NodeScript.RequireInstalled();
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        await using var a = await ServerProcess.StartAsync(Settings(database, "a"));
        await using var b = await ServerProcess.StartAsync(Settings(database, "b"));
        var baseA = a.Address.ToString().TrimEnd('/');
        var baseB = b.Address.ToString().TrimEnd('/');

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeScript.Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(NodeScript.Folder, "two-instance-webchat.js"), baseA, baseB, PortalClient.User, PortalClient.Password })
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stderr = node.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        string? result = null;
        var killed = false;
        try
        {
            while (await node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line == "kill-a")
                {
                    a.Kill();
                    killed = true;
                    await node.StandardInput.WriteLineAsync("killed".AsMemory(), timeout.Token);
                    await node.StandardInput.FlushAsync(timeout.Token);
                }
                else if (line.StartsWith("result ", StringComparison.Ordinal))
                {
                    result = line["result ".Length..];
                }
            }

            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"two-instance-webchat.js did not finish: {await stderr}");
        }

        Assert.True(node.ExitCode == 0 && result is not null, $"exit {node.ExitCode}: {await stderr}");
        Assert.True(killed);
        var output = JsonDocument.Parse(result!).RootElement;
        var conversationId = output.GetProperty("conversationId").GetString()!;
        Assert.Equal(conversationId, output.GetProperty("clientConversationId").GetString());
        Assert.All(output.GetProperty("notices").EnumerateArray(), notice => Assert.EndsWith("?notice=Delivered", notice.GetString(), StringComparison.Ordinal));
        Assert.Contains("988", output.GetProperty("safety").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz", output.GetProperty("joined").GetString(), StringComparison.Ordinal);
        Assert.Contains("¿Puedo llamarle ahora?", output.GetProperty("firstReply").GetString(), StringComparison.Ordinal);
        Assert.Contains("¿Sigue ahí? Aquí estoy.", output.GetProperty("secondReply").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ana Ruiz", output.GetProperty("ended").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(output.GetProperty("menu").GetString()));
        Assert.False(string.IsNullOrEmpty(output.GetProperty("answer").GetString()));

        var onA = Activities(output.GetProperty("seenOnA"));
        var onB = Activities(output.GetProperty("seenOnB"));
        var watermark = int.Parse(output.GetProperty("watermarkAtKill").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        TestContext.Current.TestOutputHelper?.WriteLine($"watermark at the kill {watermark}; on A: {string.Join(" | ", onA)}; on B: {string.Join(" | ", onB)}");
        Assert.NotEmpty(onA);
        Assert.NotEmpty(onB);
        Assert.True(watermark > 0);

        // What the family's two clients got, together: no id twice (typing included), in the conversation's order.
        var received = onA.Concat(onB).ToList();
        Assert.Equal(received.Count, received.Select(r => r.Id).Distinct().Count());

        // Nothing missing: the stored conversation, read from B, is exactly what the family received (typing is only on the stream).
        using var http = new HttpClient { BaseAddress = b.Address, Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", output.GetProperty("token").GetString());
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var stored = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("activities")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(stored, received.Where(r => r.Type != "typing").Select(r => r.Id).ToList());

        // Each side's share: A's stream had everything up to the watermark the client held (typing counts), the clinician's
        // join and first line among it; B's stream the rest, from that watermark on.
        Assert.Contains(onA, r => r.Text?.Contains("¿Puedo llamarle ahora?", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(onB, r => r.Text?.Contains("¿Puedo llamarle ahora?", StringComparison.Ordinal) == true);
        Assert.Contains(onB, r => r.Text?.Contains("¿Sigue ahí? Aquí estoy.", StringComparison.Ordinal) == true);
        Assert.Equal(watermark, onA.Count);
    }

    private sealed record Received(string Id, string Type, string? Text);

    private static List<Received> Activities(JsonElement list) =>
        [.. list.EnumerateArray().Select(a => new Received(
            a.GetProperty("id").GetString()!,
            a.GetProperty("type").GetString()!,
            a.GetProperty("text").ValueKind == JsonValueKind.String ? a.GetProperty("text").GetString() : null))];
}

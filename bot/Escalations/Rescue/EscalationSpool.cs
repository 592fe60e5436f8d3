using System.Text.Json;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations.Delivery;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// The spool: one JSON file per escalation the database could not take, written to a temporary name, flushed to
/// the disk and then renamed, so a file that exists is whole. Readable by the bot's user only. Its folder is
/// <c>Escalation:Spool:Folder</c>, or the database's default (<see cref="IRescueStore.DefaultSpoolFolder"/>).
/// </summary>
public sealed class EscalationSpool(IOptions<EscalationOptions> options, IRescueStore store)
{
    private const string Extension = ".json";

    public string Folder { get; } = options.Value.Spool.Folder is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : store.DefaultSpoolFolder;

    /// <summary>Writes (or rewrites) the escalation's file; false when the disk would not take it.</summary>
    public async Task<bool> TryWriteAsync(SpooledEscalation escalation, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var path = PathOf(escalation.Id);
            var temporary = path + ".tmp";
            var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(temporary, file))
            {
                await JsonSerializer.SerializeAsync(stream, escalation, DialogJson.Options, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Every spooled escalation, oldest first; files that cannot be read are left where they are.</summary>
    public async Task<IReadOnlyList<SpooledEscalation>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var escalations = new List<SpooledEscalation>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*" + Extension))
        {
            try
            {
                await using var stream = File.OpenRead(path);
                if (await JsonSerializer.DeserializeAsync<SpooledEscalation>(stream, DialogJson.Options, cancellationToken) is { } escalation)
                {
                    escalations.Add(escalation);
                }
            }
            catch (Exception exception) when (exception is IOException or JsonException or UnauthorizedAccessException)
            {
                // Being written by another process, or damaged: it stays for a person (and the next drain) to see.
            }
        }

        return [.. escalations.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>Removes the escalation's file once the database holds it.</summary>
    public void Remove(string id) => File.Delete(PathOf(id));

    private string PathOf(string id) =>
        Path.Combine(Folder, (id.All(char.IsAsciiLetterOrDigit) ? id : throw new ArgumentException("An escalation id is letters and digits.", nameof(id))) + Extension);
}

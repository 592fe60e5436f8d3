using System.ComponentModel.DataAnnotations;

namespace PuenteBot.State;

/// <summary>The <c>Storage</c> section: which database, and where.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (the default, one file, no server).</summary>
    [Required]
    [AllowedValues("sqlite", ErrorMessage = "Storage:Provider must be 'sqlite'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Empty means a file under the user's local data folder.</summary>
    public string ConnectionString { get; set; } = string.Empty;
}

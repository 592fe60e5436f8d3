using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/main.bicep through the real Bicep compiler: it builds and lints with no error and no warning,
/// and the ARM JSON it compiles to is the azuredeploy.json checked in for the portal's "Deploy to Azure".
/// </summary>
public sealed class BicepTemplateTests
{
    [Fact]
    public async Task Main_template_builds_without_errors_or_warnings()
    {
        var build = await BicepCli.RunAsync("build", "main.bicep", "--stdout");

        Assert.True(build.ExitCode == 0, build.StandardError);
        Assert.Equal(string.Empty, build.StandardError.Trim());
        Assert.StartsWith("{", build.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_template_and_modules_pass_the_linter()
    {
        var lint = await BicepCli.RunAsync("lint", "main.bicep");

        Assert.True(lint.ExitCode == 0, lint.StandardOutput + lint.StandardError);
        Assert.Equal(string.Empty, (lint.StandardOutput + lint.StandardError).Trim());
    }

    [Fact]
    public async Task Checked_in_azuredeploy_json_is_what_main_bicep_compiles_to()
    {
        var build = await BicepCli.RunAsync("build", "main.bicep", "--stdout");
        Assert.True(build.ExitCode == 0, build.StandardError);

        var compiled = WithoutGenerator(JsonNode.Parse(build.StandardOutput));
        var checkedIn = WithoutGenerator(JsonNode.Parse(File.ReadAllText(DeploymentTemplate.CompiledPath)));

        Assert.True(
            JsonNode.DeepEquals(compiled, checkedIn),
            "deploymentTemplates/azuredeploy.json is stale: run `bicep build main.bicep --outfile azuredeploy.json` in deploymentTemplates/ (README.md there).");
    }

    [Theory]
    [InlineData("parameters.small.json")]
    [InlineData("parameters.production.json")]
    public async Task Parameter_file_compiles_against_main_bicep(string file)
    {
        using var folder = new TempFolder();
        var paramFile = Path.Combine(folder.Path, Path.ChangeExtension(file, ".bicepparam"));
        File.WriteAllText(paramFile, BicepParamFile.FromParametersJson(
            File.ReadAllText(Path.Combine(BicepCli.Folder, file)),
            Path.GetRelativePath(folder.Path, Path.Combine(BicepCli.Folder, "main.bicep"))));

        var build = await BicepCli.RunAsync("build-params", paramFile, "--stdout");

        Assert.True(build.ExitCode == 0, build.StandardOutput + build.StandardError);
        Assert.Equal(string.Empty, build.StandardError.Trim());
    }

    /// <summary>The compiler's version and the template hash (<c>metadata._generator</c>, at every level) are not content.</summary>
    private static JsonNode? WithoutGenerator(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["metadata"] is JsonObject metadata)
                {
                    metadata.Remove("_generator");
                }

                foreach (var (_, child) in obj)
                {
                    WithoutGenerator(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    WithoutGenerator(child);
                }

                break;
        }

        return node;
    }
}

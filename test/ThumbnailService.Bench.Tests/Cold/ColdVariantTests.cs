
namespace ThumbnailService.Bench.Tests.Cold;

public sealed class ColdVariantTests
{
    [Fact]
    public void All_BareRow_PublishesColdRenderWithNoExtraArguments()
    {
        var bare = Assert.Single(ColdVariant.All, v => v.IsBare);

        Assert.Equal((ColdVariant.Bare, ColdProject.ColdRender), (bare.Name, bare.Project));
        Assert.Empty(bare.PublishArguments);
        Assert.Contains("no Lambda runtime, no S3", bare.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void All_OtherRows_PublishTheFunctionUnderUniqueNames()
    {
        Assert.All(ColdVariant.All.Where(v => !v.IsBare), v => Assert.Equal(ColdProject.Function, v.Project));
        Assert.Equal(ColdVariant.All.Count, ColdVariant.All.Select(v => v.Name).Distinct().Count());
        Assert.Equal(ColdVariant.Default, ColdVariant.All[0].Name);
    }

    [Theory]
    [InlineData("bootstrap")]
    [InlineData("coldrender")]
    public void Project_EverySourceAndProjectPath_ExistsInTheRepository(string binaryName)
    {
        var project = new[] { ColdProject.Function, ColdProject.ColdRender }.Single(p => p.BinaryName == binaryName);

        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, project.ProjectPath)), project.ProjectPath);
        Assert.All(project.Sources, s => Assert.True(Path.Exists(Path.Combine(RepositoryLayout.Root, s)), s));
    }

    [Fact]
    public void SourceFiles_ColdRender_ToolCoreAndPropsWithoutBinOrObj()
    {
        var root = RepositoryLayout.Root;

        var files = ColdBuilder.SourceFiles(root, ColdProject.ColdRender).Select(f => Path.GetRelativePath(root, f)).ToArray();

        Assert.Contains("tools/ThumbnailService.ColdRender/Program.cs", files);
        Assert.Contains("tools/ThumbnailService.ColdRender/Directory.Build.props", files);
        Assert.Contains("src/ThumbnailService.Core/ThumbnailService.Core.csproj", files);
        Assert.Contains("Directory.Packages.props", files);
        Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal) || f.Contains("/bin/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("src/ThumbnailService.Functions/", StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_Function_EveryProjectBootstrapReferences()
    {
        var sources = ColdProject.Function.Sources;

        // The five projects Functions references, none of the developer or operator ones (the copy missed Aws and the
        // codecs after the assembly split, and the variant builds failed to compile).
        Assert.Equal(
            ["src/ThumbnailService.Aws", "src/ThumbnailService.Codecs", "src/ThumbnailService.Codecs.Heif", "src/ThumbnailService.Core", "src/ThumbnailService.Functions", "src/ThumbnailService.LambdaRuntime"],
            sources.Where(s => !s.EndsWith(".props", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sources_ColdRender_TheToolAndTheCodecsItComposes()
    {
        var folders = ColdProject.ColdRender.Sources.Where(s => !s.EndsWith(".props", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(["src/ThumbnailService.Codecs", "src/ThumbnailService.Codecs.Heif", "src/ThumbnailService.Core", "tools/ThumbnailService.ColdRender"], folders);
    }

    [Fact]
    public void SourceFiles_Function_SrcOnly()
    {
        var root = RepositoryLayout.Root;

        var files = ColdBuilder.SourceFiles(root, ColdProject.Function).Select(f => Path.GetRelativePath(root, f)).ToArray();

        Assert.Contains("src/ThumbnailService.Functions/ThumbnailService.Functions.csproj", files);
        Assert.All(files, f => Assert.StartsWith("src/", f, StringComparison.Ordinal));
    }
}

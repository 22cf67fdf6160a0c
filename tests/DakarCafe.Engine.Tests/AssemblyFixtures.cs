using DakarCafe.Fixtures;

[assembly: AssemblyFixture(typeof(PostgresServer))]

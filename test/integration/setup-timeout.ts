// Real server round trips: give each integration test more than jest's default 5 s.
jest.setTimeout(120_000);

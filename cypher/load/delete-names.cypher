// :Name records no article uses any more. $ids: name keys.
UNWIND $ids AS id
MATCH (n:Name {id: id})
DELETE n

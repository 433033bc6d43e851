--liquibase formatted sql

--changeset portal:130-fulltext-search
-- Free-text search of the follow-up list through InnoDB FULLTEXT indexes instead of LIKE '%...%' scans
-- (decision 026). The column lists are the ones the search matches (MandateSpecifications, base.FullTextFunctions):
-- a MATCH must name exactly the columns of one index, in this order.
-- Built without InnoDB's built-in stopword list (English: "for", "the", "with" ...; "for" is also a common Norwegian
-- word). The setting is taken when an index is created; the search does not rely on it (it matches those words as
-- substrings, see base.FreeText), so an index rebuilt later with the stopword list still gives right answers.
-- The first FULLTEXT index of a table adds InnoDB's hidden FTS_DOC_ID column, which rebuilds the table once
-- (seconds at 100 000 mandates).
SET SESSION innodb_ft_enable_stopword = OFF;
CREATE FULLTEXT INDEX ft_mandate_text ON mandate (title, description, status_text);
CREATE FULLTEXT INDEX ft_decision_text ON decision (case_numbers, title);
SET SESSION innodb_ft_enable_stopword = DEFAULT;
